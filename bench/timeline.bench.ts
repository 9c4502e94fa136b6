/**
 * Timeline render benchmark (not a test): the cost of one frame of the pure `renderTimeline`
 * for 1k, 10k and 100k calls, drawn on a counting no-op CanvasLike in Node. It measures the
 * JavaScript side (layout of lanes, merging, batching); the browser's rasterisation comes on top
 * and is measured by the in-browser benchmark.
 *
 * Method: each scenario is a finished worker-pool(50) run (predicted timeline, 4 services,
 * seeded latencies 10..1000 ms) on a 1280 × 560 CSS px canvas at device pixel ratio 2. A replay
 * is simulated: frame k draws the cursor at k/FRAMES of the makespan, so early frames clip most
 * spans and late ones draw nearly all. WARMUP frames run first (JIT); the figures are the median
 * and the 95th percentile of FRAMES timed frames, plus the canvas calls issued per frame.
 */
import { performance } from 'node:perf_hooks';
import type { ModelSpec } from '../src/core/modelSpec.ts';
import { LIGHT_PALETTE } from '../src/ui/palette.ts';
import { renderTimeline } from '../src/ui/timeline/renderTimeline.ts';
import { RecordingCanvas } from '../src/ui/timeline/testing/recordingCanvas.ts';
import { modelData } from '../src/ui/timeline/testing/timelineFixtures.ts';
import { timelineGeometry } from '../src/ui/timeline/timelineGeometry.ts';

const SIZES = [1_000, 10_000, 100_000];
const FRAMES = 240;
const WARMUP = 60;
const WIDTH_PX = 1280;
const HEIGHT_PX = 560;
const DPR = 2;
const SPEC: ModelSpec = { name: 'worker-pool', limit: 50 };
const SERVICES = ['session', 'business', 'user', 'reviews'];
/** One frame at 60 fps; the 55 fps target leaves 18.2 ms for everything. */
const FRAME_BUDGET_MS = 1000 / 60;

function quantile(sorted: readonly number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
}

function row(cells: Array<string | number>): string {
  return cells.map((c, i) => String(c).padStart(i === 0 ? 8 : 13)).join(' ');
}

console.log(`Node ${process.version}, ${new Date().toISOString()}`);
console.log(
  `renderTimeline on a no-op CanvasLike, ${WIDTH_PX}x${HEIGHT_PX} CSS px at dpr ${DPR}, ` +
    `worker-pool(50), ${SERVICES.length} services; median and p95 of ${FRAMES} frames ` +
    `(cursor sweeping 0..makespan) after ${WARMUP} warm-up frames`,
);
console.log(
  row(['calls', 'rows/lane', 'median ms', 'p95 ms', 'fillRect', 'fillText', '% of 60fps']),
);
for (const count of SIZES) {
  const data = modelData(count, SPEC, SERVICES);
  let makespanMs = 0;
  for (const endMs of data.endedAtMs) makespanMs = Math.max(makespanMs, endMs);
  const geometry = timelineGeometry({
    data,
    widthPx: WIDTH_PX,
    heightPx: HEIGHT_PX,
    axisEndMs: makespanMs * 1.05,
  });
  const frameAt = (k: number) => ({
    ...geometry,
    data,
    nowMs: (makespanMs * k) / FRAMES,
    predictedMakespanMs: makespanMs,
    palette: LIGHT_PALETTE,
    devicePixelRatio: DPR,
    highlightCall: null,
  });
  for (let k = 0; k < WARMUP; k += 1) renderTimeline(new RecordingCanvas(false), frameAt(k * 4));
  const timesMs: number[] = [];
  let fillRects = 0;
  let fillTexts = 0;
  for (let k = 1; k <= FRAMES; k += 1) {
    const ctx = new RecordingCanvas(false);
    const frame = frameAt(k);
    const start = performance.now();
    renderTimeline(ctx, frame);
    timesMs.push(performance.now() - start);
    fillRects += ctx.counts.fillRect;
    fillTexts += ctx.counts.fillText;
  }
  timesMs.sort((a, b) => a - b);
  const medianMs = quantile(timesMs, 0.5);
  console.log(
    row([
      count,
      geometry.layout.rowsPerLane,
      medianMs.toFixed(3),
      quantile(timesMs, 0.95).toFixed(3),
      Math.round(fillRects / FRAMES),
      Math.round(fillTexts / FRAMES),
      `${((medianMs / FRAME_BUDGET_MS) * 100).toFixed(1)}%`,
    ]),
  );
}
