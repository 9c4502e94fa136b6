import { roundMs, roundTimes, VIRTUAL_TIME_STEP_MS } from '../core/export/roundTimes.ts';

/** How many spans one chunk of the streamed JSON holds. */
export const SPANS_PER_CHUNK = 1000;

/** One list of spans at the end of a streamed document, and how to write each span. */
export interface SpanList {
  readonly key: string;
  readonly count: number;
  /** The record of span `i` (0 <= i < count): plain data, its times not yet rounded. */
  readonly recordAt: (i: number) => object;
}

/** A SpanList over an array. */
export function spanList<S>(key: string, spans: readonly S[], record: (span: S) => object) {
  return { key, count: spans.length, recordAt: (i: number) => record(spans[i] as S) };
}

/**
 * The document `jsonChunks` writes, as one object: `{ ...head, [list.key]: [records]..., ...extra }`
 * with each record's times rounded (roundTimes.ts). JSON.stringify of it is the chunks' text,
 * joined (tested); the CLI's network run prints it whole, and the tests read it.
 */
export function jsonDocument(
  head: object,
  lists: readonly SpanList[],
  extra: Readonly<Record<string, unknown>> = {},
): object {
  const document: Record<string, unknown> = { ...head };
  for (const list of lists) {
    document[list.key] = Array.from({ length: list.count }, (_, i) =>
      roundTimes(list.recordAt(i), VIRTUAL_TIME_STEP_MS),
    );
  }
  return { ...document, ...extra };
}

/**
 * The JSON text of `{ ...head, [list.key]: [records]..., ...extra }` in chunks of at most
 * SPANS_PER_CHUNK records: a large run's document is never built whole (nor its records), so
 * the CLI writes it as it goes (issue 16). `head` and `extra` come already rounded; each record's
 * times are rounded as roundTimes would (roundedTimeField). Tested equal to the whole text.
 */
export function* jsonChunks(
  head: object,
  lists: readonly SpanList[],
  extra: Readonly<Record<string, unknown>> = {},
): Generator<string> {
  // Not yet written: the head without its `}`, or the previous list's `]`. What follows it takes
  // a comma, unless it is the bare `{` of an empty head.
  let pending = JSON.stringify(head).slice(0, -1);
  const pendingThenComma = (): string => (pending === '{' ? '{' : `${pending},`);
  for (const list of lists) {
    yield `${pendingThenComma()}${JSON.stringify(list.key)}:[`;
    for (let from = 0; from < list.count; from += SPANS_PER_CHUNK) {
      const texts: string[] = [];
      const to = Math.min(from + SPANS_PER_CHUNK, list.count);
      for (let i = from; i < to; i += 1) {
        texts.push(JSON.stringify(list.recordAt(i), roundedTimeField));
      }
      yield (from === 0 ? '' : ',') + texts.join(',');
    }
    pending = ']';
  }
  const tail = JSON.stringify(extra);
  yield tail === '{}' ? `${pending}}` : `${pendingThenComma()}${tail.slice(1)}`;
}

/**
 * roundTimes as a JSON.stringify replacer, for span records: it rounds every number of a field
 * named `…Ms`, as roundTimes does, without copying the record first (a third of the streamed
 * run's time). Equal to roundTimes only where no `…Ms` field holds an object or array, which
 * holds for request, call and work records (the streamed texts are tested equal to the whole).
 */
function roundedTimeField(key: string, value: unknown): unknown {
  return typeof value === 'number' && key.endsWith('Ms')
    ? roundMs(value, VIRTUAL_TIME_STEP_MS)
    : value;
}
