import type { VirtualSends } from './plannedSendsOf.ts';
import {
  LIVE_TIME_SCALES,
  MAX_PLANNED_WALL_MS,
  planLiveTimeScale,
  type LiveScalePlan,
  type PageCapacity,
} from './liveTimeScale.ts';

/**
 * The one time scale for a live run of one or more lanes (the Fan-out lab's one model, the
 * Compare lab's six, run one after another), and what it asks of the page.
 *
 * Every lane runs at the same scale, so that the lanes compare: without a chosen scale, the
 * slowest any lane needs on its own (the planner's pick for each); with one, that scale. The plan
 * is then the worst lane's at that scale: faithful only when every lane is, the widest margin
 * (the engine compensates each lane with it), the first problem found, and the lanes' wall times
 * added up (Compare runs them in turn). Null for no lanes.
 * Invariant: without a chosen scale, no lane runs longer than MAX_PLANNED_WALL_MS of wall time,
 * so a lane that no scale makes faithful does not drag a long lane to a scale it cannot afford.
 */
export function planLiveLanes(
  lanes: readonly VirtualSends[],
  capacity: PageCapacity,
  chosenScale: number | null = null,
): LiveScalePlan | null {
  if (lanes.length === 0) return null;
  const scale = chosenScale ?? automaticScale(lanes, capacity);
  const plans = lanes.map((lane) => planLiveTimeScale({ ...lane, capacity, chosenScale: scale }));
  const worst = plans.reduce((a, b) => (b.lateSends > a.lateSends ? b : a));
  return {
    ...worst,
    automatic: chosenScale === null,
    faithful: plans.every((plan) => plan.faithful),
    problem: plans.find((plan) => plan.problem !== null)?.problem ?? null,
    lateSends: plans.reduce((sum, plan) => sum + plan.lateSends, 0),
    marginMs: Math.max(...plans.map((plan) => plan.marginMs)),
    peakBacklogMs: Math.max(...plans.map((plan) => plan.peakBacklogMs)),
    peakRatePerSec: Math.max(...plans.map((plan) => plan.peakRatePerSec)),
    peakConcurrency: Math.max(...plans.map((plan) => plan.peakConcurrency)),
    wallMs: plans.reduce((sum, plan) => sum + plan.wallMs, 0),
  };
}

/** The slowest scale any lane needs, but none slower than the longest lane can afford. */
function automaticScale(lanes: readonly VirtualSends[], capacity: PageCapacity): number {
  const needed = Math.min(
    ...lanes.map((lane) => planLiveTimeScale({ ...lane, capacity, preferredScale: 1 }).timeScale),
  );
  const longestMs = Math.max(...lanes.map((lane) => lane.makespanMs));
  const affordable = LIVE_TIME_SCALES.filter(
    (scale) => scale <= 1 && longestMs / scale <= MAX_PLANNED_WALL_MS,
  );
  return Math.max(needed, Math.min(1, ...affordable));
}
