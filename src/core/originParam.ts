import { MAX_ORIGIN_CHARS } from './limits.ts';
import { quote, type Parsed } from './numberParam.ts';

/** What the `origin` parameter takes, for messages and the docs. */
export const ORIGIN_SYNTAX =
  'an origin: http:// or https://, a host and an optional port, nothing after it ' +
  '(e.g. https://slides.example)';

/**
 * Parses a web origin, the only thing a `postMessage` origin check can compare: scheme, host and
 * port. The value is the browser's own serialisation (`URL.origin`: lower-case host, punycode,
 * default port dropped), so it equals `MessageEvent.origin` of a page at that origin and is what
 * the canonical query writes. A path, query, fragment or credentials are refused rather than
 * dropped: a person who wrote `https://slides.example/talk` may believe the path is checked.
 */
export function parseOrigin(text: string): Parsed<string> {
  const fail = (why: string): Parsed<string> => ({ ok: false, problem: `${quote(text)} ${why}` });
  if (text.length > MAX_ORIGIN_CHARS) return fail(`is longer than ${MAX_ORIGIN_CHARS} characters`);
  if (!/^https?:\/\//i.test(text)) return fail('is not an http:// or https:// origin');
  // `new URL` would trim or encode them; an origin never has any.
  if (/[\s\p{Cc}]/u.test(text)) return fail('has spaces or control characters in it');
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return fail('is not an origin');
  }
  // Only a trailing `/` may follow the host and port (what `new URL` shows as the path `/`).
  const tail = text.slice(text.indexOf('//') + 2).replace(/^[^/?#]*/, '');
  if (url.username !== '' || url.password !== '' || !/^\/?$/.test(tail)) {
    return fail('has more than an origin (a path, a query, a fragment or credentials)');
  }
  return { ok: true, value: url.origin };
}
