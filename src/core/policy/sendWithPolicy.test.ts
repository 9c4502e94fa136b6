import { describe, expect, it } from 'vitest';
import { faultyRun } from '../testing/faultyTimelineOf.ts';

const TALK = [125, 250, 375, 500];

describe('fail fast (Promise.all)', () => {
  it('promise-all rejects at the first failure while the other calls keep running', async () => {
    const { lines, trace } = await faultyRun(TALK, { name: 'promise-all' }, { 1: ['error'] });
    expect(lines).toBe(
      [
        '0 session ok: #0 0→125 ok',
        '1 business failed: #0 0→250 error',
        '2 user ok: #0 0→375 ok',
        '3 reviews ok: #0 0→500 ok',
        'request failed (call 1) at 250, makespan 500',
      ].join('\n'),
    );
    expect(trace.outcome?.settledAtMs).toBeLessThan(trace.makespanMs);
  });

  it('a sequential loop stops at the first failure and never sends the rest', async () => {
    const { lines } = await faultyRun(TALK, { name: 'sequential' }, { 1: ['error'] });
    expect(lines).toBe(
      [
        '0 session ok: #0 0→125 ok',
        '1 business failed: #0 125→375 error',
        '2 user skipped',
        '3 reviews skipped',
        'request failed (call 1) at 375, makespan 375',
      ].join('\n'),
    );
  });

  it('a worker pool still sends its queued calls after the request has failed', async () => {
    const { lines } = await faultyRun(TALK, { name: 'worker-pool', limit: 1 }, { 0: ['error'] });
    expect(lines).toBe(
      [
        '0 session failed: #0 0→125 error',
        '1 business ok: #0 125→375 ok',
        '2 user ok: #0 375→750 ok',
        '3 reviews ok: #0 750→1250 ok',
        'request failed (call 0) at 125, makespan 1250',
      ].join('\n'),
    );
  });

  it('batches stop before the next chunk once a chunk has failed', async () => {
    const { lines } = await faultyRun(TALK, { name: 'batches', limit: 2 }, { 0: ['error'] });
    expect(lines).toBe(
      [
        '0 session failed: #0 0→125 error',
        '1 business ok: #0 0→250 ok',
        '2 user skipped',
        '3 reviews skipped',
        'request failed (call 0) at 125, makespan 250',
      ].join('\n'),
    );
  });
});

describe('allSettled and cancelling', () => {
  it('allSettled waits for every call and answers partially', async () => {
    const { lines } = await faultyRun(
      TALK,
      { name: 'sequential' },
      { 1: ['error'] },
      { settle: 'allSettled' },
    );
    expect(lines).toBe(
      [
        '0 session ok: #0 0→125 ok',
        '1 business failed: #0 125→375 error',
        '2 user ok: #0 375→750 ok',
        '3 reviews ok: #0 750→1250 ok',
        'request partial at 1250, makespan 1250',
      ].join('\n'),
    );
  });

  it('cancel on first failure aborts the calls in flight at that instant', async () => {
    const { lines } = await faultyRun(
      TALK,
      { name: 'promise-all' },
      { 1: ['error'] },
      { cancelOnFailure: true },
    );
    expect(lines).toBe(
      [
        '0 session ok: #0 0→125 ok',
        '1 business failed: #0 0→250 error',
        '2 user cancelled: #0 0→250 cancelled',
        '3 reviews cancelled: #0 0→250 cancelled',
        'request failed (call 1) at 250, makespan 250',
      ].join('\n'),
    );
  });

  it('cancel on first failure skips the calls still queued in a pool', async () => {
    const { lines } = await faultyRun(
      TALK,
      { name: 'worker-pool', limit: 2 },
      { 0: ['error'] },
      { cancelOnFailure: true },
    );
    expect(lines).toBe(
      [
        '0 session failed: #0 0→125 error',
        '1 business cancelled: #0 0→125 cancelled',
        '2 user skipped',
        '3 reviews skipped',
        'request failed (call 0) at 125, makespan 125',
      ].join('\n'),
    );
  });
});

describe('timeouts', () => {
  it('a timeout turns a hung call into a failure at the deadline', async () => {
    const { lines } = await faultyRun(
      TALK,
      { name: 'promise-all' },
      { 3: ['hang'] },
      { timeoutMs: 600, settle: 'allSettled' },
    );
    expect(lines.split('\n').slice(3)).toEqual([
      '3 reviews timeout: #0 0→600 timeout',
      'request partial at 600, makespan 600',
    ]);
  });

  it('without a timeout a hung call lasts until the proxy answers 504', async () => {
    const { lines } = await faultyRun(
      [100],
      { name: 'sequential' },
      { 0: ['hang'] },
      { settle: 'allSettled' },
    );
    expect(lines).toBe(
      ['0 session failed: #0 0→10000 hung', 'request partial at 10000, makespan 10000'].join('\n'),
    );
  });

  it('an answer arriving exactly at the timeout wins', async () => {
    const { lines } = await faultyRun([250], { name: 'sequential' }, {}, { timeoutMs: 250 });
    expect(lines).toBe(['0 session ok: #0 0→250 ok', 'request ok at 250, makespan 250'].join('\n'));
  });
});

describe('retries', () => {
  it('retries after an exponential backoff until a copy answers', async () => {
    const { lines } = await faultyRun(
      [100],
      { name: 'sequential' },
      { 0: ['error', 'error', 'ok'] },
      { retries: 3, backoffMs: 50, jitter: 'none' },
    );
    // Waits of 50 then 100 ms (50 * 2^(k-1)).
    expect(lines).toBe(
      [
        '0 session ok: #0 0→100 error, #1 150→250 error, #2 350→450 ok',
        'request ok at 450, makespan 450',
      ].join('\n'),
    );
  });

  it('gives up after the last retry and reports the last failure', async () => {
    const { lines } = await faultyRun(
      [100],
      { name: 'sequential' },
      { 0: ['error', 'hang'] },
      { retries: 1, backoffMs: 10, jitter: 'none', timeoutMs: 300 },
    );
    expect(lines).toBe(
      [
        '0 session timeout: #0 0→100 error, #1 110→410 timeout',
        'request failed (call 0) at 410, makespan 410',
      ].join('\n'),
    );
  });

  it("waits at least a 429's Retry-After before retrying", async () => {
    const { lines } = await faultyRun(
      [100],
      { name: 'sequential' },
      { 0: ['busy'] },
      { retries: 1, backoffMs: 10, jitter: 'none' },
    );
    expect(lines).toBe(
      ['0 session ok: #0 0→5 busy, #1 1005→1105 ok', 'request ok at 1105, makespan 1105'].join(
        '\n',
      ),
    );
  });

  it('a retry that keeps its pool slot makes the queued calls wait through its backoff', async () => {
    const { lines } = await faultyRun(
      [100, 100],
      { name: 'worker-pool', limit: 1 },
      { 0: ['error'] },
      { retries: 1, backoffMs: 200, jitter: 'none', retrySlot: 'keep' },
    );
    expect(lines).toBe(
      [
        '0 session ok: #0 0→100 error, #1 300→400 ok',
        '1 business ok: #0 400→500 ok',
        'request ok at 500, makespan 500',
      ].join('\n'),
    );
  });

  it('a retry that releases its slot lets a queued call run during the backoff, then queues again', async () => {
    const { lines } = await faultyRun(
      [100, 100],
      { name: 'worker-pool', limit: 1 },
      { 0: ['error'] },
      { retries: 1, backoffMs: 50, jitter: 'none', retrySlot: 'release' },
    );
    // Call 1 takes the slot at 100; call 0's backoff ends at 150, but the slot is busy until 200.
    expect(lines).toBe(
      [
        '0 session ok: #0 0→100 error, #1 200→300 ok',
        '1 business ok: #0 100→200 ok',
        'request ok at 300, makespan 300',
      ].join('\n'),
    );
  });

  it('a retry that releases its slot passes the throttle again', async () => {
    const { lines } = await faultyRun(
      [10, 10],
      { name: 'throttled', limit: null, throttle: { kind: 'spacing', minTimeMs: 100 } },
      { 0: ['error'] },
      { retries: 1, backoffMs: 0, jitter: 'none', retrySlot: 'release' },
    );
    expect(lines).toBe(
      [
        '0 session ok: #0 0→10 error, #1 200→210 ok',
        '1 business ok: #0 100→110 ok',
        'request ok at 210, makespan 210',
      ].join('\n'),
    );
  });

  it('full jitter draws each backoff in [0, base * 2^(k-1)], the same for the same seed', async () => {
    const script = { 0: ['error', 'error', 'error', 'ok'] as const };
    const policy = { retries: 3, backoffMs: 1000, jitter: 'full' as const };
    const a = await faultyRun([0], { name: 'sequential' }, script, policy, 7);
    const b = await faultyRun([0], { name: 'sequential' }, script, policy, 7);
    expect(a.lines).toBe(b.lines);
    const starts = (a.trace.calls[0]?.attempts ?? []).map((x) => x.startedAtMs);
    const waits = starts.slice(1).map((s, k) => s - (starts[k] ?? 0));
    waits.forEach((waitMs, k) => {
      expect(Number.isInteger(waitMs)).toBe(true);
      expect(waitMs).toBeGreaterThanOrEqual(0);
      expect(waitMs).toBeLessThanOrEqual(1000 * 2 ** k);
    });
  });
});

describe('hedging', () => {
  it('sends a second copy after the hedge delay and takes the first answer', async () => {
    const { lines } = await faultyRun(
      [1000],
      { name: 'sequential' },
      { 0: ['ok', { fault: 'ok', ms: 100 }] },
      { hedgeMs: 200 },
    );
    expect(lines).toBe(
      ['0 session ok: #0 0→300 cancelled, #1h 200→300 ok', 'request ok at 300, makespan 300'].join(
        '\n',
      ),
    );
  });

  it('sends no hedge when the first copy answers at the hedge instant', async () => {
    const { lines } = await faultyRun([200], { name: 'sequential' }, {}, { hedgeMs: 200 });
    expect(lines).toBe(['0 session ok: #0 0→200 ok', 'request ok at 200, makespan 200'].join('\n'));
  });

  it('waits for the other copy when one fails', async () => {
    const { lines } = await faultyRun(
      [300],
      { name: 'sequential' },
      {
        0: [
          { fault: 'ok', ms: 500 },
          { fault: 'error', ms: 50 },
        ],
      },
      { hedgeMs: 100 },
    );
    expect(lines).toBe(
      ['0 session ok: #0 0→500 ok, #1h 100→150 error', 'request ok at 500, makespan 500'].join(
        '\n',
      ),
    );
  });
});
