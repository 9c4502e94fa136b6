import { describe, expect, it } from 'vitest';
import { formatCallList, parseCallList, type CallListParse } from './callListCodec.ts';
import type { Latency } from './latency.ts';
import { MAX_CALLS } from './limits.ts';
import { TALK_CALLS, type CallSpec } from './scenario.ts';
import { defaultServiceName } from './services.ts';

const fixed = (ms: number): Latency => ({ kind: 'fixed', ms });

/** Calls named by default at their index, as an unnamed item of the text form gives them. */
function unnamed(...latencies: Latency[]): CallSpec[] {
  return latencies.map((latency, i) => ({ service: defaultServiceName(i), latency }));
}

function callsOf(result: CallListParse): CallSpec[] {
  if (!result.ok) throw new Error(`expected a valid list, got: ${result.error.problem}`);
  return result.calls;
}

describe('parseCallList', () => {
  it('reads fixed, uniform and lognormal latencies', () => {
    expect(callsOf(parseCallList('125,80-160,100~900'))).toEqual(
      unnamed(
        fixed(125),
        { kind: 'uniform', minMs: 80, maxMs: 160 },
        { kind: 'lognormal', p50Ms: 100, p99Ms: 900 },
      ),
    );
  });

  it('reads an exponential ~mean and a rare slow call ms/slow@percent', () => {
    expect(callsOf(parseCallList('~100,10/1000@1,5/50@0.25*2'))).toEqual(
      unnamed(
        { kind: 'exponential', meanMs: 100 },
        { kind: 'rare', ms: 10, slowMs: 1000, slowPercent: 1 },
        { kind: 'rare', ms: 5, slowMs: 50, slowPercent: 0.25 },
        { kind: 'rare', ms: 5, slowMs: 50, slowPercent: 0.25 },
      ),
    );
  });

  it('gives unnamed calls the default service of their position in the expanded list', () => {
    expect(callsOf(parseCallList('user:1*2,2*2')).map((call) => call.service)).toEqual([
      'user',
      'user',
      defaultServiceName(2),
      defaultServiceName(3),
    ]);
  });

  it('reads the talk calls with and without explicit services', () => {
    expect(callsOf(parseCallList('125,250,375,500'))).toEqual(TALK_CALLS);
    expect(callsOf(parseCallList('session:125,business:250,user:375,reviews:500'))).toEqual(
      TALK_CALLS,
    );
  });

  it('repeats an item count times', () => {
    const calls = callsOf(parseCallList('125*1000'));
    expect(calls).toHaveLength(1000);
    expect(calls).toEqual(unnamed(...Array.from({ length: 1000 }, () => fixed(125))));
    expect(callsOf(parseCallList('user:100~900*50'))).toEqual(
      Array.from({ length: 50 }, () => ({
        service: 'user',
        latency: { kind: 'lognormal', p50Ms: 100, p99Ms: 900 },
      })),
    );
  });

  it('tolerates whitespace around items', () => {
    expect(callsOf(parseCallList(' 125 ,\t250*2 ,  user:5 '))).toEqual([
      ...unnamed(fixed(125), fixed(250), fixed(250)),
      { service: 'user', latency: fixed(5) },
    ]);
  });

  it('reads an empty or blank text as no calls', () => {
    expect(callsOf(parseCallList(''))).toEqual([]);
    expect(callsOf(parseCallList('  '))).toEqual([]);
  });

  it('accepts the bounds: 0 ms, equal range ends, p50 = p99, MAX_CALLS calls', () => {
    expect(callsOf(parseCallList('0,7-7,3~3,600000'))).toHaveLength(4);
    expect(callsOf(parseCallList(`1*${MAX_CALLS - 1},2`))).toHaveLength(MAX_CALLS);
  });

  it.each([
    ['bad service name', '125,1user:250', 2, 'service "1user"'],
    ['empty service name', ':125', 1, 'service ""'],
    ['service name too long', `${'s'.repeat(33)}:1`, 1, 'is not a letter followed by'],
    ['range with min > max', '160-80', 1, 'has its minimum above its maximum'],
    ['long tail with p50 > p99', '125,250,user:900~100', 3, 'has its p50 above its p99'],
    ['long tail with p50 0', '0~100', 1, 'has p50 0'],
    ['count 0', '125*0', 1, 'count "0" is below the minimum of 1'],
    ['count not a number', '125*x', 1, 'count "x" is not a whole number'],
    ['count too big', '1*99999999', 1, 'count "99999999" is above the maximum of 100000'],
    ['empty item', '125,,250', 2, 'item 2 "" is empty'],
    ['trailing comma', '125,', 2, 'item 2 "" is empty'],
    ['latency too long', '600001', 1, 'is above the maximum of 600000 ms'],
    ['latency not a number', 'abc', 1, 'latency "abc" is not whole ms'],
    ['negative latency', '-5', 1, 'latency "-5" is not whole ms'],
    ['decimal latency', '12.5', 1, 'latency "12.5" is not whole ms'],
    ['exponent latency', '1e3', 1, 'latency "1e3" is not whole ms'],
    ['whitespace inside an item', 'user: 125', 1, 'latency " 125"'],
    ['exponential without a mean', '~', 1, 'exponential "~": mean "" is empty'],
    ['exponential with a decimal mean', '~1.5', 1, 'mean "1.5" is not a whole number'],
    ['exponential mean too long', '~600001', 1, 'above the maximum of 600000 ms'],
    ['rare call with no share', '10/1000@', 1, 'slow share "" is empty'],
    ['rare call with a zero share', '10/1000@0', 1, 'slow share "0" is not above 0'],
    ['rare call with a share over 100', '10/1000@101', 1, 'above the maximum of 100'],
    ['rare call with too fine a share', '10/1000@0.001', 1, 'more than 2 decimal places'],
    ['rare call with a bad slow latency', '10/x@1', 1, 'slow latency "x" is not a whole number'],
    ['rare call without @', '10/1000', 1, 'latency "10/1000" is not whole ms'],
  ])('rejects a %s, naming the item', (_, text, position, fragment) => {
    const result = parseCallList(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.position).toBe(position);
    expect(result.error.problem).toContain(`item ${position} `);
    expect(result.error.problem).toContain(fragment);
  });

  it('rejects more than MAX_CALLS calls in all, before expanding them', () => {
    const result = parseCallList(`125*${MAX_CALLS},1`);
    expect(result).toEqual({
      ok: false,
      error: {
        position: null,
        item: null,
        problem: `"125*100000,1" has more than the maximum of ${MAX_CALLS} calls`,
      },
    });
    // 1000 items of 100000 each would be 10^8 calls if they were expanded first.
    expect(parseCallList(Array.from({ length: 1000 }, () => `1*${MAX_CALLS}`).join(',')).ok).toBe(
      false,
    );
  });
});

describe('formatCallList', () => {
  it('omits default service names and keeps explicit ones', () => {
    expect(formatCallList(TALK_CALLS)).toBe('125,250,375,500');
    expect(
      formatCallList([
        { service: 'db', latency: fixed(5) },
        { service: defaultServiceName(1), latency: fixed(6) },
      ]),
    ).toBe('db:5,6');
  });

  it('writes each latency kind', () => {
    expect(
      formatCallList(
        unnamed(
          fixed(0),
          { kind: 'uniform', minMs: 80, maxMs: 160 },
          { kind: 'lognormal', p50Ms: 100, p99Ms: 900 },
          { kind: 'exponential', meanMs: 100 },
          { kind: 'rare', ms: 10, slowMs: 1000, slowPercent: 0.5 },
        ),
      ),
    ).toBe('0,80-160,100~900,~100,10/1000@0.5');
  });

  it('compresses runs of identical unnamed calls', () => {
    expect(formatCallList(unnamed(...Array.from({ length: 1000 }, () => fixed(125))))).toBe(
      '125*1000',
    );
    expect(formatCallList(unnamed(fixed(1), fixed(1), fixed(2), fixed(1)))).toBe('1*2,2,1');
  });

  it('compresses runs of one explicit service, even where it equals a default name', () => {
    const user = { service: 'user', latency: fixed(9) };
    expect(formatCallList([user, user, user])).toBe('user:9*3');
    // Index 0's default is "session": a run of "session" calls still names its service once.
    const session = { service: 'session', latency: fixed(9) };
    expect(formatCallList([session, session])).toBe('session:9*2');
    expect(callsOf(parseCallList('session:9*2'))).toEqual([session, session]);
  });

  it('does not merge calls whose latencies differ only in kind', () => {
    const calls = unnamed(
      { kind: 'uniform', minMs: 5, maxMs: 9 },
      { kind: 'lognormal', p50Ms: 5, p99Ms: 9 },
    );
    expect(formatCallList(calls)).toBe('5-9,5~9');
  });

  it('writes the empty list as an empty text', () => {
    expect(formatCallList([])).toBe('');
  });
});
