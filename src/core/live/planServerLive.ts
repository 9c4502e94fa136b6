import { planLiveTimeScale, type LiveScalePlan, type PageCapacity } from './liveTimeScale.ts';
import type { ServerTrace } from '../server/serverTrace.ts';
import { serverPlannedSends } from './serverPlannedSends.ts';

/** What a live server run at `timeScale` should take, about: long enough to watch, short for class. */
export const LIVE_TARGET_WALL_MS = 5000;

/** The compressions the Server lab prefers for a long run, least first. */
const COMPRESSIONS: readonly number[] = [1, 2, 5, 10, 20, 50];

/**
 * The least compression that brings a run of `makespanMs` within LIVE_TARGET_WALL_MS (the most
 * when none does): the largest scale the planner may pick for it, since every wall ms of the
 * mocks' overhead weighs `scale` times more once the times are scaled back.
 */
export function preferredServerScale(makespanMs: number): number {
  const fitting = COMPRESSIONS.find((scale) => makespanMs / scale <= LIVE_TARGET_WALL_MS);
  return fitting ?? (COMPRESSIONS[COMPRESSIONS.length - 1] as number);
}

/**
 * The plan for running the virtual run `trace` live: the largest scale up to the lab's preferred
 * compression at which every mocked request (the app's and the upstream's) keeps its timing on
 * a page with `capacity`; or the person's `chosenScale`, checked.
 */
export function planServerLive(
  trace: ServerTrace,
  capacity: PageCapacity,
  chosenScale: number | null = null,
): LiveScalePlan {
  return planLiveTimeScale({
    sends: serverPlannedSends(trace),
    makespanMs: trace.makespanMs,
    capacity,
    preferredScale: preferredServerScale(trace.makespanMs),
    chosenScale,
  });
}
