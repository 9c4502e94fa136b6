import { describe, expect, it } from 'vitest';
import { runCliCaptured } from './testing/runCliCaptured.ts';

/** Runs the CLI in-process on these arguments. */
const sim = (...argv: string[]) => runCliCaptured(argv);

const QUERY = 'model=promise-all&seed=4&error=*:40&retries=1';

describe('sim CLI with faults', () => {
  it("prints the request's outcome, the fault stats beside their prediction, and every call's copies", async () => {
    const { code, stdout, stderr } = await sim(QUERY);
    expect([code, stderr]).toEqual([0, '']);
    const json = JSON.parse(stdout) as Record<string, unknown> & {
      calls: Array<Record<string, unknown>>;
      faults: { stats: Record<string, unknown>; prediction: Record<string, unknown> };
    };
    expect(json).toMatchObject({
      scenario: QUERY,
      makespanMs: 500,
      predictedMakespanMs: null,
      outcome: { status: 'failed', settledAtMs: 337, failedCall: 0 },
    });
    expect(json.faults.stats).toMatchObject({ successPct: 75, copiesSent: 5, wastedMs: 1125 });
    expect(json.faults.prediction).toMatchObject({ callSuccessPct: 84, copiesPerCall: 1.4 });
    expect(json.calls[0]).toMatchObject({
      status: 'failed',
      copies: [
        { attempt: 0, hedge: false, startedAtMs: 0, endedAtMs: 125, outcome: 'error' },
        { attempt: 1, hedge: false, startedAtMs: 212, endedAtMs: 337, outcome: 'error' },
      ],
    });
    expect(json.calls[1]?.['copies']).toEqual([
      { attempt: 0, hedge: false, latencyMs: 250, startedAtMs: 0, endedAtMs: 250, outcome: 'ok' },
    ]);
  });

  it('prints faults: null and no copies for a run without faults, but still the outcome', async () => {
    const json = JSON.parse((await sim('')).stdout) as Record<string, unknown> & {
      calls: Array<Record<string, unknown>>;
    };
    expect(json['faults']).toBeNull();
    expect(json['outcome']).toEqual({ status: 'ok', settledAtMs: 1250, failedCall: null });
    expect(json.calls.some((c) => 'copies' in c)).toBe(false);
  });

  it("shows each call's status and copies in the table, and a footer on what failures cost", async () => {
    const { code, stdout } = await sim('--table', QUERY);
    expect(code).toBe(0);
    expect(stdout).toBe(
      [
        `scenario: ${QUERY}`,
        'req  call  service   latency  ready  start  end  wait  status  copies',
        '  1     1  session       125      0      0  337     0  failed  error,error',
        '  1     2  business      250      0      0  250     0  ok      ok',
        '  1     3  user          375      0      0  375     0  ok      ok',
        '  1     4  reviews       500      0      0  500     0  ok      ok',
        '',
        'makespan 500 ms, predicted: no closed form with failures, total wait 0 ms',
        'peaks: 4 calls started and not finished, 4 requests on the wire',
        'request failed at 337 ms, at call 1 (session); predicted success 49.8%',
        'calls ok 3 of 4, 75% (predicted 84%); copies per call 1.25 (predicted 1.40): 1 retry, 0 hedges',
        'wasted call time 1,125 ms of 1,375 ms (81.8%); ok calls p50 375 ms, p99 500 ms',
        '',
      ].join('\n'),
    );
  });

  it('marks hedge copies and says when copies per call have no closed form', async () => {
    const { stdout } = await sim(
      '--table',
      'model=promise-all&calls=100~900*4&seed=2&timeout=600&settle=allSettled&hedge=150',
    );
    expect(stdout).toContain(
      '  1     4  reviews       165      0      0  165     0  ok      ok,hedge:cancelled',
    );
    expect(stdout).toContain(
      'copies per call 1.25 (predicted: no closed form): 0 retries, 1 hedge',
    );
  });

  it('shows a skipped call as sending no copy', async () => {
    const { stdout } = await sim('--table', 'seed=4&error=*:40');
    expect(stdout.split('\n').filter((line) => / skipped {2}-$/.test(line))).toHaveLength(3);
    expect(stdout).toContain('calls ok 0 of 4, 0% (predicted 32.6%)');
  });

  it('keeps the table of a run without faults as it was', async () => {
    const { stdout } = await sim('--table', 'model=sequential');
    expect(stdout).not.toContain('copies');
    expect(stdout.trimEnd().split('\n').slice(-2)).toEqual([
      'makespan 1,250 ms, predicted 1,250 ms, total wait 1,250 ms',
      'peaks: 1 call started and not finished, 1 request on the wire',
    ]);
  });

  it('names the parameter of an invalid fault or policy value, and exits 1', async () => {
    const { code, stdout, stderr } = await sim('error=reviews:200&retries=-1');
    expect(code).toBe(1);
    expect(stdout).toBe('');
    const lines = stderr.trimEnd().split('\n');
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(line).toMatch(/^sim: (error|retries): /);
  });
});
