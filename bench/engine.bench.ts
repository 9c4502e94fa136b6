/**
 * Engine benchmark (not a test): how fast the virtual engine runs the models' real async code,
 * side by side in one process with what bounds it (bench/modelRows.ts): the direct computation
 * of the same timelines (predict: formulas); the floor, the same schedule by a plain
 * discrete-event loop with no promises (bench/desFloor.ts; checked start for start against the
 * engine at 10k calls per model); the model's own code with nothing under it
 * (bench/modelAlone.ts); and the pool's code pattern in plain JavaScript with no Overlap code
 * (bench/pLimitPattern.ts). Prints wall time and calls per second for 1k..1M calls, the ratios,
 * and the growth exponent between sizes (1.0 is linear; n log n shows slightly above 1).
 * `npm run bench` runs this file as one esbuild bundle under plain Node (scripts/runBundled.mjs):
 * tsx's keepNames wraps every function, which measured the loader as much as the engine.
 *
 * Method: latencies are drawn once per size (seeded, uniform 10..1000 ms); each measurement is the
 * median of 7 runs (3 at 100k and 1M); a warm-up run precedes each series, and a full garbage
 * collection each run (collectGarbage.ts), so no run pays for the previous one's garbage.
 *
 * Then the Server lab: 10,000 requests x the talk's 4 calls on a talk-gevent server (2 processes
 * x 50 greenlets, C = 50, upstream capacity 200, promise-all), simulateServer beside its baseline
 * predictServer, median of 3 after a warm-up. Target: under 1 s. Then faults and call policies
 * (bench/faultRows.ts): 100k calls with seeded 500s, hangs and 429s, a timeout and retries,
 * beside the plain engine on the same calls; the CLI's streamed JSON; repeat=100,000; open-loop
 * load.
 */
import { predictServer } from '../src/core/server/predictServer.ts';
import { serverRunInputOf } from '../src/core/server/serverRunInput.ts';
import { simulateServer } from '../src/core/server/simulateServer.ts';
import { presetScenario } from '../src/core/server/talkPresets.ts';
import type { CallSpec } from '../src/core/scenario.ts';
import { repeatOnEngine } from '../src/core/tails/repeatFanOut.ts';
import { tailReport } from '../src/core/tails/tailReport.ts';
import { decodeScenario } from '../src/core/urlCodec.ts';
import { runCli } from '../src/cli/runCli.ts';
import { row, timeMs } from './benchTable.ts';
import { printFaultRows } from './faultRows.ts';
import { median } from './median.ts';
import { printModelRows } from './modelRows.ts';

const callSpec: CallSpec = { service: 'svc', latency: { kind: 'uniform', minMs: 10, maxMs: 1000 } };
console.log(`Node ${process.version}, ${new Date().toISOString()}`);
await printModelRows(callSpec);

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

await printFaultRows(callSpec);

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
