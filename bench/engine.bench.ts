/**
 * Engine benchmark (not a test): how fast the virtual engine runs the models' real async code,
 * side by side with two references in one process: the direct computation of the same timelines
 * (predict: formulas), and the floor, the same schedule by a plain discrete-event loop with no
 * promises (bench/desFloor.ts; checked start for start against the engine at 10k calls per
 * model). Prints wall time and calls per second for 1k..1M calls, the engine's ratio to the
 * floor, and the growth exponent between sizes (1.0 is linear; n log n shows slightly above 1).
 * `npm run bench` runs this file as one esbuild bundle under plain Node (scripts/runBundled.mjs):
 * tsx's keepNames wraps every function, which measured the loader as much as the engine.
 *
 * Method: latencies are drawn once per size (seeded, uniform 10..1000 ms); each measurement is the
 * median of 7 runs (3 at 100k and 1M); a warm-up run precedes each series, and a full garbage
 * collection each run (collectGarbage.ts), so no run pays for the previous one's garbage.
 *
 * Then the Server lab: 10,000 requests x the talk's 4 calls on a talk-gevent server (2 processes
 * x 50 greenlets, C = 50, upstream capacity 200, promise-all), simulateServer beside its baseline
 * predictServer, median of 3 after a warm-up. Target: under 1 s.
 *
 * Last, faults and call policies: 100k calls with seeded 500s, hangs and 429s, a timeout and
 * retries, beside the plain engine on the same calls (what recording every copy costs).
 */
import { performance } from 'node:perf_hooks';
import { NO_FAULTS } from '../src/core/faults/faultSettings.ts';
import { faultStats } from '../src/core/faults/faultStats.ts';
import { createAttemptPlanner } from '../src/core/faults/planAttempt.ts';
import { DEFAULT_POLICY, type CallPolicy } from '../src/core/policy/callPolicy.ts';
import type { ModelSpec } from '../src/core/modelSpec.ts';
import { predict } from '../src/core/predict.ts';
import { planCalls, type CallSpec } from '../src/core/scenario.ts';
import { predictServer } from '../src/core/server/predictServer.ts';
import { serverRunInputOf } from '../src/core/server/serverRunInput.ts';
import { simulateServer } from '../src/core/server/simulateServer.ts';
import { presetScenario } from '../src/core/server/talkPresets.ts';
import { simulateFanOut } from '../src/core/simulate.ts';
import { repeatOnEngine } from '../src/core/tails/repeatFanOut.ts';
import { tailReport } from '../src/core/tails/tailReport.ts';
import { decodeScenario } from '../src/core/urlCodec.ts';
import { runCli } from '../src/cli/runCli.ts';
import { collectGarbage } from './collectGarbage.ts';
import { desStarts } from './desFloor.ts';
import { runModelAlone } from './modelAlone.ts';

const SIZES = [1_000, 10_000, 100_000, 1_000_000];
const MODELS: ReadonlyArray<{ label: string; spec: ModelSpec }> = [
  { label: 'worker-pool(50)', spec: { name: 'worker-pool', limit: 50 } },
  {
    label: 'throttled sliding 50/100ms',
    spec: { name: 'throttled', limit: null, throttle: { kind: 'sliding', cap: 50, windowMs: 100 } },
  },
  {
    label: 'throttled bucket + limit 20',
    spec: {
      name: 'throttled',
      limit: 20,
      throttle: { kind: 'bucket', burst: 10, ratePerSec: 400 },
    },
  },
];

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

/** Wall ms of one run, which starts from a collected heap (collectGarbage.ts). */
async function timeMs(run: () => unknown): Promise<number> {
  collectGarbage();
  const start = performance.now();
  await run();
  return performance.now() - start;
}

function row(cells: Array<string | number>): string {
  return cells.map((c, i) => String(c).padStart(i === 0 ? 28 : 12)).join(' ');
}

const callSpec: CallSpec = { service: 'svc', latency: { kind: 'uniform', minMs: 10, maxMs: 1000 } };
console.log(`Node ${process.version}, ${new Date().toISOString()}`);
console.log(
  'engine = simulateFanOut (async model code on the virtual clock); baseline = predict (direct ' +
    'formulas); floor = the same schedule by a plain discrete-event loop (bench/desFloor.ts); ' +
    "model = the model's own async code with every send answered at once and no clock " +
    '(bench/modelAlone.ts); engine-model = what the engine adds to it',
);
console.log(
  row([
    'model',
    'calls',
    'engine ms',
    'engine c/s',
    'baseline ms',
    'floor ms',
    'engine/floor',
    'model ms',
    'engine-model',
    'growth',
  ]),
);
for (const { label, spec } of MODELS) {
  let previous: { n: number; ms: number } | null = null;
  // The floor is only a reference if it computes the engine's schedule: check it, start for start.
  const checkCalls = planCalls(
    Array.from({ length: 10_000 }, () => callSpec),
    7,
  );
  const checkTrace = await simulateFanOut(checkCalls, spec);
  const floorStarts = desStarts(
    checkCalls.map((call) => call.latencyMs),
    spec,
  );
  const mismatch = checkTrace.calls.findIndex((call, i) => call.startedAtMs !== floorStarts[i]);
  if (mismatch !== -1) {
    throw new Error(
      `${label}: the floor starts call ${mismatch} at ${floorStarts[mismatch]} ms, the engine at ${checkTrace.calls[mismatch]?.startedAtMs} ms`,
    );
  }
  for (const n of SIZES) {
    const calls = planCalls(
      Array.from({ length: n }, () => callSpec),
      7,
    );
    const latencies = calls.map((c) => c.latencyMs);
    const repeats = n >= 100_000 ? 3 : 7;
    await simulateFanOut(calls.slice(0, Math.min(n, 10_000)), spec); // warm-up
    desStarts(latencies.slice(0, Math.min(n, 10_000)), spec); // warm-up
    const engine: number[] = [];
    const baseline: number[] = [];
    const floor: number[] = [];
    const alone: number[] = [];
    for (let r = 0; r < repeats; r += 1) {
      engine.push(await timeMs(() => simulateFanOut(calls, spec)));
      baseline.push(await timeMs(() => predict(latencies, spec)));
      floor.push(await timeMs(() => desStarts(latencies, spec)));
      alone.push(await timeMs(() => runModelAlone(spec, n)));
    }
    const engineMs = median(engine);
    const baseMs = median(baseline);
    const floorMs = median(floor);
    const aloneMs = median(alone);
    const growth = previous ? Math.log(engineMs / previous.ms) / Math.log(n / previous.n) : NaN;
    console.log(
      row([
        label,
        n,
        engineMs.toFixed(1),
        Math.round((n / engineMs) * 1000),
        baseMs.toFixed(1),
        floorMs.toFixed(1),
        (engineMs / floorMs).toFixed(1) + 'x',
        aloneMs.toFixed(1),
        (engineMs - aloneMs).toFixed(1),
        Number.isNaN(growth) ? '-' : growth.toFixed(2),
      ]),
    );
    previous = { n, ms: engineMs };
  }
}
console.log(
  'Targets (issue 16): every model 1M calls under 3000 ms; growth 100k -> 1M exponent at most ' +
    '1.1; engine at most 10x the floor.',
);

const SERVER_REQUESTS = 10_000;
const gevent200 = presetScenario('talk-gevent-200');
const serverInput = serverRunInputOf({
  ...gevent200,
  server: { ...gevent200.server, requests: SERVER_REQUESTS },
});
await simulateServer({ ...serverInput, server: { ...serverInput.server, requests: 1000 } }); // warm-up
const serverRuns: number[] = [];
const serverBaseline: number[] = [];
let serverMakespanMs = 0;
for (let r = 0; r < 3; r += 1) {
  serverRuns.push(
    await timeMs(async () => {
      serverMakespanMs = (await simulateServer(serverInput)).makespanMs;
    }),
  );
  serverBaseline.push(await timeMs(() => predictServer(serverInput)));
}
const serverMs = median(serverRuns);
const serverBaseMs = median(serverBaseline);
console.log('');
console.log(
  'server = simulateServer (talk-gevent: 2 x 50 greenlets, C = 50, cap 200, promise-all); ' +
    'baseline = predictServer',
);
console.log(row(['case', 'requests', 'engine ms', 'engine req/s', 'baseline ms', 'engine/base']));
console.log(
  row([
    `server, ${serverInput.calls.length} calls each`,
    SERVER_REQUESTS,
    serverMs.toFixed(1),
    Math.round((SERVER_REQUESTS / serverMs) * 1000),
    serverBaseMs.toFixed(1),
    (serverMs / serverBaseMs).toFixed(0) + 'x',
  ]),
);
console.log(
  `Virtual makespan ${serverMakespanMs} ms (predicted ${predictServer(serverInput).makespanMs} ms). ` +
    'Target: 10,000 requests in under 1000 ms.',
);

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

// The CLI's streamed JSON (issue 16): 100k calls with the same faults and a timeout (no retries:
// the CLI sends at most 100k copies), through runCli as `npm run sim` runs it, into a sink that
// only counts; the target is under 3 s, and the output is never held whole (largest chunk).
{
  const cliQuery =
    'model=worker-pool&limit=50&calls=10-1000*100000&error=*:10&hang=*:5&busy=*:5&retryAfter=0' +
    '&timeout=2000&settle=allSettled';
  const cliRuns: number[] = [];
  let bytes = 0;
  let largestChunk = 0;
  for (let r = 0; r < 3; r += 1) {
    bytes = 0;
    largestChunk = 0;
    cliRuns.push(
      await timeMs(() =>
        runCli([cliQuery], {
          stdout: (text) => {
            bytes += text.length;
            largestChunk = Math.max(largestChunk, text.length);
          },
          stderr: () => undefined,
        }),
      ),
    );
  }
  console.log('');
  console.log(
    'cli = runCli (npm run sim) on 100k calls with 500s, hangs, 429s and a 2 s timeout, JSON ' +
      'into a counting sink; median of 3 (add ~0.3 s for starting Node and bundling)',
  );
  console.log(row(['case', 'calls', 'cli ms', 'output MB', 'largest chunk KB']));
  console.log(
    row([
      'streamed JSON, faults',
      100_000,
      median(cliRuns).toFixed(1),
      (bytes / 1e6).toFixed(1),
      (largestChunk / 1e3).toFixed(0),
    ]),
  );
  console.log('Target: a 100k-call run with faults prints in under 3 s.');
}

// Issue 15, tails (docs/tails.md): repeat=100,000 of a 100-call request, every repetition from
// its draws (the direct path, proven equal to the engine), with both distributions and their
// exact predictions (tailReport); and 1,000 repetitions on the engine for comparison.
{
  const cases = [
    ['fan-out 100 x 10/1000@1', 'model=promise-all&calls=10/1000@1*100&repeat=100000'],
    ['100 x ~100, hedge=p95', 'model=promise-all&calls=~100*100&hedge=p95&repeat=100000'],
    ['sequential 100 x 80-160', 'model=sequential&calls=80-160*100&repeat=100000'],
  ] as const;
  console.log('');
  console.log('repeat = runs of a 100-call request from their draws, with tailReport; median of 3');
  console.log(row(['case', 'runs', 'report ms', 'engine 1k ms', 'engine/run']));
  for (const [label, query] of cases) {
    const scenario = decodeScenario(query).scenario;
    const runs: number[] = [];
    for (let r = 0; r < 3; r += 1) runs.push(await timeMs(() => tailReport(scenario)));
    const engineMs = await timeMs(() => repeatOnEngine(scenario, 1_000));
    const perRunRatio = engineMs / 1_000 / (median(runs) / 100_000);
    console.log(
      row([
        label,
        100_000,
        median(runs).toFixed(1),
        engineMs.toFixed(1),
        perRunRatio.toFixed(0) + 'x',
      ]),
    );
  }
  console.log('Target: repeat=100,000 of 100 calls within a few seconds.');
}

// Open-loop load (issue 15, docs/load.md): 100,000 requests arriving as a Poisson process at
// 76/s on 8 sync workers, each one exponential call of mean 100 ms (M/M/8 at 95 %), beside
// predictServer (Lindley's recursion over the same arrivals); median of 3 after a warm-up.
// CPU ms is the process's own time, less sensitive than wall time to a busy shared host.
const OPEN_REQUESTS = 100_000;
const openInput = {
  server: {
    ...serverInput.server,
    requests: OPEN_REQUESTS,
    concurrency: 1,
    processes: 1,
    threads: 8,
    greenlets: null,
    upstreamCap: null,
    arrival: 'open' as const,
    arrivalRatePerSec: 76,
  },
  handler: { name: 'sequential' as const },
  calls: [{ service: 'db', latency: { kind: 'exponential' as const, meanMs: 100 } }],
  seed: 7,
};
await simulateServer({ ...openInput, server: { ...openInput.server, requests: 10_000 } }); // warm-up
const openRuns: number[] = [];
const openCpu: number[] = [];
const openBaseline: number[] = [];
for (let r = 0; r < 3; r += 1) {
  const cpuBefore = process.cpuUsage();
  openRuns.push(await timeMs(() => simulateServer(openInput)));
  const cpu = process.cpuUsage(cpuBefore);
  openCpu.push((cpu.user + cpu.system) / 1000);
  openBaseline.push(await timeMs(() => predictServer(openInput)));
}
console.log('');
console.log(
  'open = simulateServer, open arrivals (Poisson 76/s, 8 sync workers, one ~100 call each); ' +
    'baseline = predictServer',
);
console.log(row(['case', 'requests', 'engine ms', 'engine CPU ms', 'baseline ms', 'engine/base']));
console.log(
  row([
    '100,000 open-loop requests',
    OPEN_REQUESTS,
    median(openRuns).toFixed(1),
    median(openCpu).toFixed(1),
    median(openBaseline).toFixed(1),
    (median(openRuns) / median(openBaseline)).toFixed(0) + 'x',
  ]),
);
console.log('Target: 100,000 open-loop requests in under 1000 ms.');
