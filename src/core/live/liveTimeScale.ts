import type { Millis } from '../clock.ts';
import {
  peakInFlight,
  peakInWindow,
  sustainedInWindow,
  shortestCompensatedMs,
  uncompensatedChains,
} from './plannedSendShape.ts';
import { timeScaleLabel } from './timeScaleLabel.ts';

/*
 * Why a live run needs a time scale, and how one is chosen.
 *
 * The mocked services answer on the page's main thread (MSW): each mocked request costs the
 * page about `requestCpuMs` of main-thread time (1.2 ms on a 2-core machine, DESIGN.md), on top
 * of the overhead a lone request adds to its delay. A live call stays faithful because the
 * transport asks the mock to answer `margin` ms early and holds the answer until the call's
 * latency has passed (src/live/fetchTransport.ts). That works while every answer is back before
 * it is due. Two things break it:
 * - a burst: requests sent at (nearly) the same instant queue for the main thread, so the last
 *   of a burst of B waits about B x requestCpuMs before the page even serves it;
 * - a sustained rate: once the mocks take a large share of the main thread, timers fire late and
 *   each late wake-up delays the next call of a chain (a pool, a sequence).
 * Running the scenario slower (time scale s < 1: experiment ms per wall ms, so a 20 ms call
 * takes 20 / s wall ms) spreads the sends in wall time and lengthens every wall latency, so both
 * go away; the times shown stay in the scenario's ms. A scale above 1 compresses a long run (the
 * Server lab's 25 s rows) and is offered only where it stays faithful.
 *
 * The planner models the page as one FIFO server spending `requestCpuMs` per request: exact
 * enough to rank scales (measured: the burst rows of the talk and the rate sweep of
 * `npm run bench:live`), and pure, so the labs can say what they will do before a run starts.
 */

/** One mocked request a live run will send, in the scenario's ms (from its virtual run). */
export interface PlannedSend {
  /** When the request goes out. */
  readonly atMs: Millis;
  /** How long its service takes to answer, as planned (a hang counts its hang). */
  readonly latencyMs: Millis;
  /**
   * False for a request whose answer cannot be asked for early and held (the Server lab's client
   * requests to the mocked app: the app's own time is the answer): whatever the page takes to
   * serve it adds to its time. Default true.
   */
  readonly compensated?: boolean;
}

/** What the page can serve, from the calibration (or the DESIGN.md figures before it). */
export interface PageCapacity {
  /** Main-thread wall ms per mocked request under load (Calibration.requestCpuMs). */
  readonly requestCpuMs: Millis;
  /** Wall ms a lone mocked request adds to its delay (Calibration.overheadMs). */
  readonly overheadMs: Millis;
}

/** DESIGN.md "Browser facts", used until the page has measured its own. */
export const ASSUMED_CAPACITY: PageCapacity = { requestCpuMs: 1.2, overheadMs: 10 };

/**
 * The share of the main thread the mocks may take in a sustained stream and stay faithful, for
 * the capacity the labs state: DESIGN.md's "well under ~100 a second" on a page that tops out
 * near 400-470 (1000 / 1.2 ms = 833 of pure CPU). The plan itself uses the FIFO model.
 */
export const FAITHFUL_UTILISATION = 0.25;

/**
 * Headroom on the planned wait for the page: the model ignores timer lateness and the answer's
 * own way back, so a send counts as on time only if twice its planned wait fits its latency.
 * Measured (Chromium, 2 cores, quiet; this page's calibration: 9.6 ms overhead, 4.9 ms of main
 * thread per request): a pool of ten 20 ms calls at 5x slower, which 1.5x judged on time (88 of
 * 102.5 wall ms), had 18 of 100 calls back late by up to 13 ms (+8 to +15 %); at 10x slower, the
 * scale 2x picks, none were late (+1.6 to +2.7 %).
 */
export const BACKLOG_SAFETY = 2;

/**
 * Headroom on the work left when an answer falls due (its timer then fires late by that much).
 * Smaller than BACKLOG_SAFETY: the FIFO model already counts the whole queue as ahead of the
 * timer, where the page runs a due timer between two mocked requests' tasks.
 */
export const DUE_BUSY_SAFETY = 1.5;

/**
 * The share of the shortest compensated call's wall latency the mocks are asked to answer early
 * by, at least. A held answer costs nothing but memory (the transport releases it exactly when
 * its latency has passed), and answering early moves the page's work for it away from its due
 * instant, when the calls of a burst come back together, and away from a cold first render.
 * Measured: talk-gevent-50 at 50x slower on a loaded machine (load 7 on 2 cores), with only the
 * backlog's 465 ms margin, 199 of 200 calls came back up to 685 ms after it; with half the
 * shortest call none did. Still a margin, not the whole latency: a mock that falls behind by
 * more than that shows as late, not hidden.
 */
export const HELD_SHARE = 0.5;

/** How late (scenario ms) one answer may come back and still count as on time. */
export const ON_TIME_TOLERANCE_MS = 0.5;

/**
 * The share of the run's makespan that the uncompensated requests' error may take. Such a
 * request (the Server lab's client request to the mocked app) cannot be asked to answer early:
 * the page's wait before it serves it, its overhead, and the wait before its answer gets back
 * all add to its time, scaled into scenario ms, and a chain of such requests (a client slot
 * that sends its next request when the last one's answer arrives) adds them up. So a send is on
 * time when its error, times the longest chain of uncompensated requests up to it, stays within
 * this share: the run's error stays within it too, inside the 3 % a live run promises.
 */
export const UNCOMPENSATED_SHARE = 0.01;

/** The longest wall time the planner picks on its own; a slower faithful run is not offered. */
export const MAX_PLANNED_WALL_MS = 120_000;

/**
 * The scales offered, experiment ms per wall ms, largest first: 50x faster down to 100x slower.
 * Round factors, so the label reads "10x slower", never "8.3x".
 */
export const LIVE_TIME_SCALES: readonly number[] = [
  50,
  20,
  10,
  5,
  2,
  1,
  1 / 2,
  1 / 5,
  1 / 10,
  1 / 20,
  1 / 50,
  1 / 100,
];

/** Mocked requests a second this page answers faithfully in a steady stream (what labs state). */
export function faithfulRatePerSec(capacity: PageCapacity): number {
  return (FAITHFUL_UTILISATION * 1000) / capacity.requestCpuMs;
}

/** What a run at one time scale asks of the page. */
export interface LiveScaleCheck {
  /** Experiment ms per wall ms: 1 real time, 1/10 ten times slower, 5 five times faster. */
  readonly timeScale: number;
  /** The most mocked requests sent within one wall second (for the note; bursts included). */
  readonly peakRatePerSec: number;
  /** The longest a request waits for the main thread before it is served, wall ms (planned). */
  readonly peakBacklogMs: Millis;
  /**
   * How early (wall ms) the mocks must be asked to answer so that every answer is back before
   * it is due: BACKLOG_SAFETY x (longest wait + overhead), and at least HELD_SHARE of the
   * shortest compensated call's wall latency.
   */
  readonly marginMs: Millis;
  /**
   * Requests that would not end on time at this scale: their answer cannot be back by the time
   * it is due, or the page is still busy with other requests when it is due (its timer fires
   * late, and with it every call that waits for this one).
   */
  readonly lateSends: number;
  /**
   * The most mocked requests within one wall second beyond one burst (sustainedInWindow): the
   * steady stream the page must keep up with.
   */
  readonly sustainedRatePerSec: number;
  /**
   * No request late, and the sustained stream within the rate the page serves faithfully
   * (faithfulRatePerSec): the live run should match the virtual one.
   */
  readonly faithful: boolean;
  /** How long the run takes on the wall clock, by its virtual makespan. */
  readonly wallMs: Millis;
}

/**
 * What running `sends` at `timeScale` asks of a page with `capacity`, by the FIFO model above.
 * `sends` need not be sorted. Invariant: fewer sends never make a check less faithful.
 */
export function checkLiveScale(
  sends: readonly PlannedSend[],
  capacity: PageCapacity,
  timeScale: number,
  makespanMs: Millis,
): LiveScaleCheck {
  const { requestCpuMs, overheadMs } = capacity;
  // Sends add work at their wall instant; dues look at the work left then. At the same instant a
  // due comes first: an answer ends a call before the call it frees is sent (a pool, a chain),
  // and an uncompensated request's reply (which adds work) after the calls whose answers it
  // waited for.
  const SEND = 2;
  const REPLY = 1;
  const DUE = 0;
  const events: Array<[wallMs: Millis, kind: number, index: number]> = [];
  sends.forEach((send, index) => {
    events.push([send.atMs / timeScale, SEND, index]);
    const dueKind = send.compensated === false ? REPLY : DUE;
    events.push([(send.atMs + send.latencyMs) / timeScale, dueKind, index]);
  });
  events.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const toleranceWallMs = ON_TIME_TOLERANCE_MS / timeScale;
  const chains = uncompensatedChains(sends);
  // Wall ms an uncompensated send waited for the page when it was sent (it waits again at its due).
  const sendWaitMs = new Float64Array(sends.length);
  const errorBudgetMs = UNCOMPENSATED_SHARE * makespanMs + ON_TIME_TOLERANCE_MS;
  const late = new Uint8Array(sends.length);
  let freeAtWallMs = -Infinity;
  let peakBacklogMs = 0;
  for (const [atWallMs, kind, index] of events) {
    const send = sends[index] as PlannedSend;
    const uncompensated = send.compensated === false;
    if (kind === SEND) {
      freeAtWallMs = Math.max(freeAtWallMs, atWallMs) + requestCpuMs;
      const backlogMs = freeAtWallMs - atWallMs;
      peakBacklogMs = Math.max(peakBacklogMs, backlogMs);
      if (uncompensated) {
        sendWaitMs[index] = backlogMs;
      } else if (
        BACKLOG_SAFETY * (backlogMs + overheadMs) >
        send.latencyMs / timeScale + toleranceWallMs
      ) {
        late[index] = 1;
      }
    } else if (uncompensated) {
      // Its answer crosses the page too (the app's reply, read by the client), and waits for
      // whatever the page is busy with: the whole trip is its error.
      freeAtWallMs = Math.max(freeAtWallMs, atWallMs) + requestCpuMs;
      const errorWallMs = (sendWaitMs[index] as number) + (freeAtWallMs - atWallMs) + overheadMs;
      if (errorWallMs * timeScale * (chains[index] as number) > errorBudgetMs) late[index] = 1;
    } else if (DUE_BUSY_SAFETY * Math.max(0, freeAtWallMs - atWallMs) > toleranceWallMs) {
      late[index] = 1;
    }
  }
  const lateSends = late.reduce((sum, flag) => sum + flag, 0);
  const ordered = sends.map((send) => send.atMs).sort((a, b) => a - b);
  // The FIFO model judges each request by its wait; a steady stream also keeps the page busy
  // between them (renders, collection), which it does not see. Measured (Chromium, 2 cores,
  // load ~1, calibration ~3.3 ms of main thread per request): a pool of ten 20 ms calls at 5x
  // slower, 100 requests a wall second, which the FIFO model judged on time, ended +3.7 % over
  // 1000 calls (+1.9 % over 100); the page states 75 a second as faithful.
  const sustainedRatePerSec = sustainedInWindow(ordered, 1000 * timeScale);
  return {
    timeScale,
    peakRatePerSec: peakInWindow(ordered, 1000 * timeScale),
    sustainedRatePerSec,
    peakBacklogMs,
    marginMs: Math.max(
      BACKLOG_SAFETY * (peakBacklogMs + overheadMs),
      (HELD_SHARE * shortestCompensatedMs(sends)) / timeScale,
    ),
    lateSends,
    faithful: lateSends === 0 && sustainedRatePerSec <= faithfulRatePerSec(capacity),
    wallMs: makespanMs / timeScale,
  };
}

/** The plan for a live run: the scale it runs at and why. */
export interface LiveScalePlan extends LiveScaleCheck {
  /** The most requests in flight at once (scale-free: a property of the scenario). */
  readonly peakConcurrency: number;
  /** True when the planner chose the scale, false when the person did. */
  readonly automatic: boolean;
  /**
   * Why this run will not be faithful, said before it starts (null when it will be): no offered
   * scale within MAX_PLANNED_WALL_MS keeps every answer on time and the rate within the page's.
   */
  readonly problem: string | null;
}

export interface PlanLiveTimeScaleInput {
  readonly sends: readonly PlannedSend[];
  /** The virtual run's makespan, scenario ms. */
  readonly makespanMs: Millis;
  readonly capacity: PageCapacity;
  /**
   * The largest scale the lab wants (1 in Fan-out and Compare; the Server lab compresses long
   * runs to about 5 s of wall time). The planner never picks a larger one.
   */
  readonly preferredScale?: number;
  /** The person's own scale: checked and explained, never replaced. */
  readonly chosenScale?: number | null;
}

/**
 * The largest offered scale, up to `preferredScale`, at which the run is faithful and takes at
 * most MAX_PLANNED_WALL_MS; when there is none, the slowest scale within that time (the most
 * faithful the page can do), with the problem said. With `chosenScale`, that scale, checked.
 */
export function planLiveTimeScale(input: PlanLiveTimeScaleInput): LiveScalePlan {
  const { sends, makespanMs, capacity, preferredScale = 1, chosenScale = null } = input;
  const peakConcurrency = peakInFlight(sends);
  const planAt = (timeScale: number, automatic: boolean): LiveScalePlan => {
    const check = checkLiveScale(sends, capacity, timeScale, makespanMs);
    const problem = check.faithful ? null : unfaithfulProblem(check, peakConcurrency, capacity);
    return { ...check, peakConcurrency, automatic, problem };
  };
  if (chosenScale !== null) return planAt(chosenScale, false);
  const candidates = LIVE_TIME_SCALES.filter((scale) => scale <= preferredScale);
  let slowestWithinTime: number | null = null;
  for (const scale of candidates) {
    if (makespanMs / scale > MAX_PLANNED_WALL_MS) break;
    slowestWithinTime = scale;
    const plan = planAt(scale, true);
    if (plan.faithful) return plan;
  }
  return planAt(slowestWithinTime ?? candidates[0] ?? 1, true);
}

function unfaithfulProblem(
  check: LiveScaleCheck,
  peakConcurrency: number,
  capacity: PageCapacity,
): string {
  const why =
    check.lateSends > 0
      ? `${check.lateSends} ${check.lateSends === 1 ? 'request' : 'requests'} would end late (up to ${peakConcurrency} in flight at once; ` +
        `the page needs about ${Math.round(check.peakBacklogMs)} ms of its main thread to serve ` +
        'the largest burst)'
      : `it would send about ${Math.round(check.sustainedRatePerSec)} mocked requests a second ` +
        `in a steady stream, more than the ${Math.round(faithfulRatePerSec(capacity))} this page ` +
        'answers faithfully';
  return (
    `This live run will not keep its timings even at ${timeScaleLabel(check.timeScale)}: ` +
    `${why}. Its times will stretch: the virtual engine shows the exact run, and ` +
    'fewer calls at once or longer latencies make it faithful live.'
  );
}
