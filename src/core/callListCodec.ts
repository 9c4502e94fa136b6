import type { Latency } from './latency.ts';
import { CALL_COUNT_RANGE, LATENCY_RANGE_MS, MAX_CALLS, SLOW_PERCENT_RANGE } from './limits.ts';
import {
  formatDecimal,
  parseDecimalNumber,
  parseWholeNumber,
  quote,
  type Parsed,
} from './numberParam.ts';
import type { CallSpec } from './scenario.ts';
import { defaultServiceName, SERVICE_NAME_PATTERN } from './services.ts';

/**
 * The text form of a call list (the `calls` URL parameter, and the call editor later):
 * comma-separated items, each `[service:]latency[*count]` where latency is `125` (fixed ms),
 * `80-160` (uniform), `100~900` (lognormal p50~p99), `~100` (exponential, mean 100) or
 * `10/1000@1` (10 ms, but 1000 ms for 1 % of calls), and `*count` repeats the item. A call
 * without a service takes `defaultServiceName(its index in the expanded list)`.
 */
export const CALL_LIST_SYNTAX =
  'comma-separated [service:]latency[*count] items, latency in whole ms as 125 (fixed), ' +
  '80-160 (uniform), 100~900 (p50~p99 long tail), ~100 (exponential, mean 100) or ' +
  '10/1000@1 (10, but 1000 for 1 % of calls), e.g. 125,user:100~900*50';

/** Why a call list was rejected; `position` (1-based) and `item` name the bad item if one is. */
export interface CallListError {
  readonly position: number | null;
  readonly item: string | null;
  /** A clause like `item 2 "80-x": latency "80-x" is not ...`, ready for a message. */
  readonly problem: string;
}

export type CallListParse =
  | { readonly ok: true; readonly calls: CallSpec[] }
  | { readonly ok: false; readonly error: CallListError };

/** One item before expansion; `service` null means "the default name at each position". */
interface CallItem {
  readonly service: string | null;
  readonly latency: Latency;
  readonly count: number;
}

/**
 * Parses a call list. An empty (or blank) text is the empty list. Never throws; the expanded list
 * is at most MAX_CALLS long, and that is checked before anything is expanded, so `1*99999999`
 * costs no memory.
 */
export function parseCallList(text: string): CallListParse {
  if (text.trim() === '') return { ok: true, calls: [] };
  const items: CallItem[] = [];
  let total = 0;
  for (const [i, part] of text.split(',').entries()) {
    const item = part.trim();
    const parsed = parseItem(item);
    if (!parsed.ok) {
      const problem = `item ${i + 1} ${quote(item)}${item === '' ? ' ' : ': '}${parsed.problem}`;
      return { ok: false, error: { position: i + 1, item, problem } };
    }
    total += parsed.value.count;
    if (total > MAX_CALLS) {
      const problem = `${quote(text)} has more than the maximum of ${MAX_CALLS} calls`;
      return { ok: false, error: { position: null, item: null, problem } };
    }
    items.push(parsed.value);
  }
  const calls: CallSpec[] = [];
  for (const { service, latency, count } of items) {
    for (let k = 0; k < count; k += 1) {
      calls.push({ service: service ?? defaultServiceName(calls.length), latency });
    }
  }
  return { ok: true, calls };
}

// The three two-number latency forms; each number is checked against LATENCY_RANGE_MS afterwards.
const FIXED = /^([0-9]+)$/;
const UNIFORM = /^([0-9]+)-([0-9]+)$/;
const LOGNORMAL = /^([0-9]+)~([0-9]+)$/;
// `~mean` and `ms/slowMs@percent`: the percent is a decimal, checked by SLOW_PERCENT_RANGE.
const EXPONENTIAL = /^~(.*)$/;
const RARE = /^([^/@]*)\/([^/@]*)@(.*)$/;

/** Parses one trimmed item; a failure's problem is about the item's parts (not quoted whole). */
function parseItem(item: string): Parsed<CallItem> {
  if (item === '') return { ok: false, problem: 'is empty' };
  const colon = item.indexOf(':');
  const service = colon === -1 ? null : item.slice(0, colon);
  const rest = colon === -1 ? item : item.slice(colon + 1);
  if (service !== null && !SERVICE_NAME_PATTERN.test(service)) {
    const problem = `service ${quote(service)} is not a letter followed by up to 31 letters, digits, _ or -`;
    return { ok: false, problem };
  }
  const star = rest.indexOf('*');
  const latency = parseLatency(star === -1 ? rest : rest.slice(0, star));
  if (!latency.ok) return latency;
  let count = 1;
  if (star !== -1) {
    const parsedCount = parseWholeNumber(rest.slice(star + 1), CALL_COUNT_RANGE);
    if (!parsedCount.ok) return { ok: false, problem: `count ${parsedCount.problem}` };
    count = parsedCount.value;
  }
  return { ok: true, value: { service, latency: latency.value, count } };
}

/** Parses `125`, `80-160`, `100~900`, `~100` or `10/1000@1` (whole ms, within LATENCY_RANGE_MS). */
export function parseLatency(text: string): Parsed<Latency> {
  const exponential = EXPONENTIAL.exec(text);
  if (exponential) return parseExponential(text, exponential[1] ?? '');
  const rare = RARE.exec(text);
  if (rare) return parseRare(text, rare[1] ?? '', rare[2] ?? '', rare[3] ?? '');
  const fixed = FIXED.exec(text);
  const uniform = fixed ? null : UNIFORM.exec(text);
  const lognormal = fixed || uniform ? null : LOGNORMAL.exec(text);
  const match = fixed ?? uniform ?? lognormal;
  if (match === null) {
    const problem =
      `latency ${quote(text)} is not whole ms (125), a range (80-160), ` +
      'a long tail p50~p99 (100~900), an exponential ~mean (~100) ' +
      'or a rare slow call ms/slow@percent (10/1000@1)';
    return { ok: false, problem };
  }
  const numbers: number[] = [];
  for (const digits of match.slice(1)) {
    const parsed = parseWholeNumber(digits, LATENCY_RANGE_MS);
    if (!parsed.ok) return { ok: false, problem: `latency ${parsed.problem} ms` };
    numbers.push(parsed.value);
  }
  const [a = 0, b = 0] = numbers;
  if (fixed) return { ok: true, value: { kind: 'fixed', ms: a } };
  if (uniform) {
    if (a > b)
      return { ok: false, problem: `range ${quote(text)} has its minimum above its maximum` };
    return { ok: true, value: { kind: 'uniform', minMs: a, maxMs: b } };
  }
  if (a === 0)
    return { ok: false, problem: `long tail ${quote(text)} has p50 0 (it must be above 0)` };
  if (a > b) return { ok: false, problem: `long tail ${quote(text)} has its p50 above its p99` };
  return { ok: true, value: { kind: 'lognormal', p50Ms: a, p99Ms: b } };
}

function parseExponential(text: string, meanText: string): Parsed<Latency> {
  const mean = parseWholeNumber(meanText, LATENCY_RANGE_MS);
  if (!mean.ok)
    return { ok: false, problem: `exponential ${quote(text)}: mean ${mean.problem} ms` };
  return { ok: true, value: { kind: 'exponential', meanMs: mean.value } };
}

function parseRare(text: string, msText: string, slowText: string, pctText: string) {
  const what = `rare slow call ${quote(text)}`;
  const ms = parseWholeNumber(msText, LATENCY_RANGE_MS);
  if (!ms.ok) return fail(`${what}: usual latency ${ms.problem} ms`);
  const slowMs = parseWholeNumber(slowText, LATENCY_RANGE_MS);
  if (!slowMs.ok) return fail(`${what}: slow latency ${slowMs.problem} ms`);
  const pct = parseDecimalNumber(pctText, SLOW_PERCENT_RANGE);
  if (!pct.ok) {
    return fail(
      `${what}: slow share ${pct.problem} (a percent above 0, at most 100, ` +
        `${SLOW_PERCENT_RANGE.decimalPlaces} decimals at most)`,
    );
  }
  const value: Latency = {
    kind: 'rare',
    ms: ms.value,
    slowMs: slowMs.value,
    slowPercent: pct.value,
  };
  return { ok: true as const, value };
}

function fail(problem: string): { ok: false; problem: string } {
  return { ok: false, problem };
}

/** Writes a latency in the form parseLatency reads. */
export function formatLatency(latency: Latency): string {
  switch (latency.kind) {
    case 'fixed':
      return String(latency.ms);
    case 'uniform':
      return `${latency.minMs}-${latency.maxMs}`;
    case 'lognormal':
      return `${latency.p50Ms}~${latency.p99Ms}`;
    case 'exponential':
      return `~${latency.meanMs}`;
    case 'rare':
      return `${latency.ms}/${latency.slowMs}@${formatDecimal(latency.slowPercent, SLOW_PERCENT_RANGE.decimalPlaces)}`;
  }
}

/**
 * Writes a call list in its compact canonical form, so that `parseCallList(formatCallList(c))`
 * gives back `c` for every valid list. A call whose service is the default for its index is
 * written without it; consecutive calls with the same latency that are all default-named, or all
 * of one service, become one `spec*N` item (N >= 2).
 */
export function formatCallList(calls: readonly CallSpec[]): string {
  const items: string[] = [];
  let i = 0;
  while (i < calls.length) {
    const first = calls[i];
    if (first === undefined) break; // unreachable: i < length; narrows the type
    const spec = formatLatency(first.latency);
    // A run of default-named calls needs no service; a run of one service names it once. Prefer
    // the default run when it is at least as long: it is shorter to write.
    let defaultRun = 0;
    while (isDefaultNamed(calls, i + defaultRun) && sameLatency(calls, i, i + defaultRun)) {
      defaultRun += 1;
    }
    let serviceRun = 1;
    while (
      calls[i + serviceRun]?.service === first.service &&
      sameLatency(calls, i, i + serviceRun)
    ) {
      serviceRun += 1;
    }
    const useDefault = defaultRun >= serviceRun;
    const run = useDefault ? defaultRun : serviceRun;
    const named = useDefault ? spec : `${first.service}:${spec}`;
    items.push(run >= 2 ? `${named}*${run}` : named);
    i += run;
  }
  return items.join(',');
}

function isDefaultNamed(calls: readonly CallSpec[], index: number): boolean {
  const call = calls[index];
  return call !== undefined && call.service === defaultServiceName(index);
}

function sameLatency(calls: readonly CallSpec[], a: number, b: number): boolean {
  const x = calls[a]?.latency;
  const y = calls[b]?.latency;
  if (x === undefined || y === undefined) return false;
  // Each form writes every field it has, so equal text means the same latency.
  return x === y || formatLatency(x) === formatLatency(y);
}
