/**
 * The page of the in-browser timeline benchmark (bench/timeline.html, served by Vite): replays a
 * finished run through the real TimelineCanvas, moving the cursor every animation frame like a
 * replay does, and records the time between requestAnimationFrame callbacks. When the replay is
 * over it writes {calls, frames, medianFrameMs, p95FrameMs, fps} as JSON into #result.
 *
 * Query: calls (default 10000), model (worker-pool | sequential | promise-all | batches;
 * limit 50), replayMs (default 4000), theme (light | dark), at (a fixed cursor in ms: no
 * animation, for screenshots), aborted (1: mark every 7th call as aborted).
 */
import { createElement, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import type { ModelSpec } from '../src/core/modelSpec.ts';
import { DARK_PALETTE, LIGHT_PALETTE } from '../src/ui/palette.ts';
import { SpanTable } from '../src/ui/timeline/SpanTable.tsx';
import { modelData } from '../src/ui/timeline/testing/timelineFixtures.ts';
import { TimelineCanvas } from '../src/ui/timeline/TimelineCanvas.tsx';

const query = new URLSearchParams(location.search);
const calls = Number(query.get('calls') ?? 10_000);
const model = query.get('model') ?? 'worker-pool';
const replayMs = Number(query.get('replayMs') ?? 4000);
const palette = query.get('theme') === 'dark' ? DARK_PALETTE : LIGHT_PALETTE;
const fixedAt = query.get('at');
const SPECS: Record<string, ModelSpec> = {
  'worker-pool': { name: 'worker-pool', limit: 50 },
  sequential: { name: 'sequential' },
  'promise-all': { name: 'promise-all' },
  batches: { name: 'batches', limit: 50 },
  offload: { name: 'offload', workMs: 700 },
};
const services = ['session', 'business', 'user', 'reviews'];
const data = modelData(calls, SPECS[model] ?? { name: 'sequential' }, services);
if (query.get('aborted') === '1') for (let i = 0; i < calls; i += 7) data.aborted[i] = 1;
let makespanMs = 0;
for (const endMs of data.endedAtMs) makespanMs = Math.max(makespanMs, endMs);
document.body.style.background = palette.background;
document.documentElement.style.colorScheme = query.get('theme') === 'dark' ? 'dark' : 'light';

function quantile(sorted: readonly number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
}

function Bench() {
  const [nowMs, setNowMs] = useState(fixedAt === null ? 0 : Number(fixedAt));
  useEffect(() => {
    if (fixedAt !== null) {
      document.getElementById('result')!.textContent = JSON.stringify({ calls, static: true });
      return undefined;
    }
    const deltasMs: number[] = [];
    let first = -1;
    let previous = -1;
    let request = 0;
    const tick = (timeMs: number): void => {
      if (first < 0) first = timeMs;
      if (previous >= 0) deltasMs.push(timeMs - previous);
      previous = timeMs;
      const elapsedMs = timeMs - first;
      setNowMs(Math.min(makespanMs, (elapsedMs / replayMs) * makespanMs));
      if (elapsedMs < replayMs) {
        request = requestAnimationFrame(tick);
        return;
      }
      const sorted = [...deltasMs].sort((a, b) => a - b);
      const medianFrameMs = quantile(sorted, 0.5);
      document.getElementById('result')!.textContent = JSON.stringify({
        calls,
        frames: sorted.length,
        medianFrameMs: Number(medianFrameMs.toFixed(2)),
        p95FrameMs: Number(quantile(sorted, 0.95).toFixed(2)),
        fps: Number((1000 / medianFrameMs).toFixed(1)),
      });
    };
    request = requestAnimationFrame(tick);
    return () => cancelAnimationFrame(request);
  }, []);
  return [
    createElement(TimelineCanvas, {
      key: 'timeline',
      data,
      nowMs,
      axisEndMs: makespanMs * 1.05,
      predictedMakespanMs: makespanMs,
      palette,
      version: 0,
      label: `Timeline of a ${model} run`,
    }),
    createElement(SpanTable, { key: 'table', data, nowMs, version: 0 }),
  ];
}

createRoot(document.getElementById('root')!).render(createElement(Bench));
