import { MAX_LIVE_CALLS } from '../../core/limits.ts';
import { planLiveTimeScale } from '../../core/live/liveTimeScale.ts';
import { pageCapacityOf } from '../../core/live/pageCapacityOf.ts';
import { serverPlannedSends } from '../../core/live/serverPlannedSends.ts';
import type { Calibration } from '../../core/liveTypes.ts';
import type {
  LiveServerResult,
  LiveServerRunOptions,
  ServerRunEvent,
} from '../../core/server/liveServerTypes.ts';
import { OPEN_ARRIVALS_LIVE_REASON } from '../../core/server/openArrivalsLiveNote.ts';
import { checkServerRun, type ServerRunInput } from '../../core/server/serverRunInput.ts';
import type { ServerTrace } from '../../core/server/serverTrace.ts';
import { simulateServer } from '../../core/server/simulateServer.ts';
import { calibrate, compensationMarginMs, type CalibrateOptions } from '../calibrate.ts';
import { createLateTally, notMeasuredNote } from '../lateTally.ts';
import { createRunMonitor } from '../runMonitor.ts';
import { untilAborted } from '../untilAborted.ts';
import type { AppRunRegistry } from './appRunRegistry.ts';
import { createExperimentClock } from './experimentClock.ts';
import { appRoundTripNote, lateCallsNote } from './liveServerNotes.ts';
import { runLoadClient } from './loadClient.ts';
import { createScaledUpstreamTransport } from './scaledUpstreamTransport.ts';

export interface LiveServerPortOptions {
  /** What the app and upstream paths resolve against: `document.baseURI` in the page. */
  readonly baseUrl: string | URL;
  /**
   * The registry the mocked app serves runs from: the same object src/app gives the mock worker
   * (`startBrowserWorker(url, { runs: registry })`), or the app's handlers never see a run.
   */
  readonly registry: AppRunRegistry;
  /** The lab's root: a run during which it is off screen is flagged (see runMonitor.ts). */
  readonly observeElement?: Element | null;
  /** Overrides of the calibration's defaults (sample count, delay). */
  readonly calibration?: Pick<CalibrateOptions, 'samples' | 'warmUps' | 'delayMs'>;
}

/** Structurally the LiveServerPort of src/ui/liveServerPort.ts (ui never imports live). */
export interface LiveServerPortShape {
  readonly run: (input: ServerRunInput, options: LiveServerRunOptions) => Promise<LiveServerResult>;
}

let runCount = 0;

/** A run id unique in this page and, with its random part, across reloads (for the logs). */
function nextRunId(): string {
  runCount += 1;
  return `server${runCount}-${Math.random().toString(36).slice(2, 8)}`;
}

/**
 * The live Server lab: runs the load test for real through MSW. The client (loadClient.ts)
 * fetches the mocked app N times, at most C at once; the app (src/mocks/appHandlers.ts) serves
 * each request on one of W workers, running the handler's fan-out model with real fetches to
 * the mocked upstream services. Everything runs `timeScale` times faster on the wall clock, and
 * every time is reported in experiment ms (createExperimentClock).
 *
 * `run` rejects with the signal's reason when aborted: every fetch in flight (the client's and
 * the app's) is aborted, queued requests are never served, no event is emitted after the abort,
 * and the run leaves the registry. It rejects with an Error (without sending anything) when
 * the input cannot run or makes more than MAX_LIVE_CALLS mocked requests, and when a request
 * fails (the app's explanation included).
 */
export function createLiveServerPort(options: LiveServerPortOptions): LiveServerPortShape {
  const { baseUrl, registry, observeElement = null } = options;
  let measuring: Promise<Calibration> | null = null;

  /** Measured once, at the first compensated run; a failure is tried again by the next one. */
  const calibrated = (): Promise<Calibration> => {
    measuring ??= calibrate({ baseUrl, ...options.calibration }).catch((error: unknown) => {
      measuring = null;
      throw error;
    });
    return measuring;
  };

  return {
    async run(input, { signal, timeScale, compensate, onEvent }) {
      checkServerRun(input);
      checkLiveLoad(input, timeScale);
      signal.throwIfAborted();
      // The intended load, simulated first (instant): what the mocks will be asked to do.
      const virtual = await untilAborted(simulateServer(input), signal);
      const notes: string[] = [];
      let calibration: Calibration | null = null;
      if (compensate) {
        try {
          calibration = await untilAborted(calibrated(), signal);
          const hop = appRoundTripNote(calibration.overheadMs, timeScale, virtual.makespanMs);
          if (hop !== null) notes.push(hop);
        } catch (error) {
          signal.throwIfAborted();
          notes.push(notMeasuredNote(error instanceof Error ? error.message : String(error)));
        }
      }
      // The run at this scale, checked against what the page measured of itself (the lab
      // planned it before the run, perhaps with assumed figures): the margin a burst needs, and
      // what the run cannot keep.
      const capacity = pageCapacityOf(calibration);
      const plan = planLiveTimeScale({
        sends: serverPlannedSends(virtual),
        makespanMs: virtual.makespanMs,
        capacity,
        chosenScale: timeScale,
      });
      if (plan.problem !== null) notes.push(plan.problem);
      const compensationMs =
        calibration === null ? 0 : Math.max(compensationMarginMs(calibration), plan.marginMs);
      const result = await runLoad(input, { signal, timeScale, onEvent, compensationMs });
      const { reliability } = result;
      return {
        ...result,
        reliability: { ...reliability, notes: [...notes, ...reliability.notes] },
        ...(calibration === null ? {} : { calibration }),
      };
    },
  };

  /** One run, once its compensation is known. */
  async function runLoad(
    input: ServerRunInput,
    run: {
      readonly signal: AbortSignal;
      readonly timeScale: number;
      readonly onEvent: (event: ServerRunEvent) => void;
      /** Wall ms; 0: compensation off. */
      readonly compensationMs: number;
    },
  ): Promise<LiveServerResult> {
    const { signal, timeScale, onEvent, compensationMs } = run;
    // The run's own signal: aborted by the caller's, and by the run itself when a request fails,
    // so that every fetch and wait of the client and of the app stops with it.
    const stop = new AbortController();
    const forwardAbort = () => stop.abort(signal.reason);
    signal.addEventListener('abort', forwardAbort, { once: true });
    // Invariant: no event reaches the caller once the run is aborted or has settled.
    let open = true;
    const emit = (event: ServerRunEvent) => {
      if (open && !signal.aborted) onEvent(event);
    };
    const late = createLateTally(); // in wall ms
    const runId = nextRunId();
    const clock = createExperimentClock(timeScale, stop.signal); // t = 0 is the run's start
    registry.set(runId, {
      input,
      clock,
      signal: stop.signal,
      send: createScaledUpstreamTransport({
        baseUrl,
        runId,
        timeScale,
        compensationMs,
        onLate: late.onLate,
      }),
      onRequestStarted: (index, worker, process, atMs) =>
        emit({ type: 'request-started', index, worker, process, atMs }),
    });
    const monitor = createRunMonitor({ observeElement });
    monitor.start();
    try {
      const load = runLoadClient({
        baseUrl,
        runId,
        requests: input.server.requests,
        concurrency: input.server.concurrency,
        clock,
        signal: stop.signal,
        onSent: (index, atMs) => emit({ type: 'request-sent', index, atMs }),
        onEnded: (span) => emit({ type: 'request-ended', span }),
      });
      const { requests, replies } = await untilAborted(load, signal);
      const reliability = monitor.stop();
      const trace: ServerTrace = {
        requests,
        calls: replies.flatMap((reply) => reply.calls),
        work: replies.flatMap((reply) => reply.work).sort((a, b) => a.endedAtMs - b.endedAtMs),
        makespanMs: requests.reduce((last, request) => Math.max(last, request.endedAtMs), 0),
      };
      const lateNote = lateCallsNote(late.calls(), trace.calls.length, late.maxMs(), timeScale);
      const notes = lateNote === null ? reliability.notes : [...reliability.notes, lateNote];
      return { trace, reliability: { ...reliability, notes }, timeScale };
    } catch (error) {
      monitor.stop();
      stop.abort(error);
      // Whatever a request rejected with after an abort, the run rejects with the caller's reason.
      throw signal.aborted ? signal.reason : error;
    } finally {
      open = false;
      registry.delete(runId);
      signal.removeEventListener('abort', forwardAbort);
    }
  }
}

/** Refuses a run the page cannot serve honestly, before anything is sent. */
function checkLiveLoad(input: ServerRunInput, timeScale: number): void {
  if (input.server.arrival === 'open') {
    throw new Error(`A live server run cannot use ${OPEN_ARRIVALS_LIVE_REASON}.`);
  }
  if (!(timeScale > 0 && Number.isFinite(timeScale))) {
    throw new RangeError(
      `A live server run needs a time scale above 0 (experiment ms per wall ms), got ${timeScale}.`,
    );
  }
  const { requests } = input.server;
  const mocked = requests + requests * input.calls.length;
  if (mocked > MAX_LIVE_CALLS) {
    throw new Error(
      `A live server run sends at most ${MAX_LIVE_CALLS} mocked requests (each request to the ` +
        `app, and each of its upstream calls, is a real fetch() answered on the page's main ` +
        `thread), but this one would send ${mocked} (${requests} requests x (1 + ` +
        `${input.calls.length} calls)). Run it on the virtual engine, or use fewer requests.`,
    );
  }
}
