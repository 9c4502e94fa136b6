import { NO_FAULTS } from '../src/core/faults/faultSettings.ts';
import { faultStats } from '../src/core/faults/faultStats.ts';
import { createAttemptPlanner } from '../src/core/faults/planAttempt.ts';
import { DEFAULT_POLICY, type CallPolicy } from '../src/core/policy/callPolicy.ts';
import type { ModelSpec } from '../src/core/modelSpec.ts';
import { planCalls, type CallSpec } from '../src/core/scenario.ts';
import { simulateFanOut } from '../src/core/simulate.ts';
import { row, timeMs } from './benchTable.ts';
import { median } from './median.ts';

/**
 * Faults and policies (docs/faults.md): the same 100k calls through a worker pool, every copy
 * planned from the seed and every copy recorded, beside the plain engine on the same calls; then
 * where a faulty run's time goes, the policy's parts switched on one at a time.
 */
export async function printFaultRows(callSpec: CallSpec): Promise<void> {
  // Faults and policies (docs/faults.md): the same 100k calls through a worker pool, every copy
  // planned from the seed and every copy recorded; baseline = the plain engine on the same calls.
  const FAULT_CALLS = 100_000;
  const faultCalls: CallSpec[] = Array.from({ length: FAULT_CALLS }, () => callSpec);
  const faulty = {
    ...NO_FAULTS,
    errorRates: [{ service: '*', pct: 10 }],
    hangRates: [{ service: '*', pct: 5 }],
    busyRates: [{ service: '*', pct: 5 }],
    retryAfterS: 0,
  };
  const policy = { ...DEFAULT_POLICY, timeoutMs: 2000, retries: 2, settle: 'allSettled' as const };
  const planned = planCalls(faultCalls, 7);
  const poolSpec: ModelSpec = { name: 'worker-pool', limit: 50 };
  const setup = { policy, plan: createAttemptPlanner(faultCalls, faulty, 7), seed: 7 };
  await simulateFanOut(planned.slice(0, 10_000), poolSpec, { faults: setup }); // warm-up
  const faultRuns: number[] = [];
  const plainRuns: number[] = [];
  let copies = 0;
  for (let r = 0; r < 3; r += 1) {
    faultRuns.push(
      await timeMs(async () => {
        const trace = await simulateFanOut(planned, poolSpec, { faults: setup });
        copies = faultStats(trace).copiesSent;
      }),
    );
    plainRuns.push(await timeMs(() => simulateFanOut(planned, poolSpec)));
  }
  console.log('');
  console.log(
    'faults = worker-pool(50), 10 % 500s, 5 % hangs, 5 % 429s, timeout 2 s, 2 retries, allSettled; ' +
      'baseline = the same calls without faults (plain engine); median of 3',
  );
  console.log(row(['case', 'calls', 'engine ms', 'copies', 'baseline ms', 'engine/base']));
  console.log(
    row([
      'faults + policy',
      FAULT_CALLS,
      median(faultRuns).toFixed(1),
      copies,
      median(plainRuns).toFixed(1),
      (median(faultRuns) / median(plainRuns)).toFixed(1) + 'x',
    ]),
  );

  // Where a faulty run's time goes: the same calls with the policy's parts switched on one at a
  // time, each beside the plain engine's median above (one run each after the rows above).
  {
    const noFaults = createAttemptPlanner(faultCalls, NO_FAULTS, 7);
    const faultyPlan = createAttemptPlanner(faultCalls, faulty, 7);
    const variants: ReadonlyArray<readonly [string, CallPolicy, typeof faultyPlan]> = [
      ['call policy, no faults', { ...DEFAULT_POLICY, settle: 'allSettled' }, noFaults],
      ['faults, allSettled', { ...DEFAULT_POLICY, settle: 'allSettled' }, faultyPlan],
      [
        'faults + 2 s timeout',
        { ...DEFAULT_POLICY, timeoutMs: 2000, settle: 'allSettled' },
        faultyPlan,
      ],
      ['faults + 2 retries', { ...DEFAULT_POLICY, retries: 2, settle: 'allSettled' }, faultyPlan],
    ];
    console.log(row(['breakdown', 'calls', 'engine ms', '', 'baseline ms', 'engine/base']));
    for (const [label, variantPolicy, plan] of variants) {
      const runs: number[] = [];
      for (let r = 0; r < 3; r += 1) {
        runs.push(
          await timeMs(() =>
            simulateFanOut(planned, poolSpec, { faults: { policy: variantPolicy, plan, seed: 7 } }),
          ),
        );
      }
      console.log(
        row([
          label,
          FAULT_CALLS,
          median(runs).toFixed(1),
          '',
          median(plainRuns).toFixed(1),
          (median(runs) / median(plainRuns)).toFixed(1) + 'x',
        ]),
      );
    }
  }
}
