import { MAX_LIVE_CALLS } from '../core/limits.ts';
import type { Calibration, LiveRunOptions, LiveRunResult } from '../core/liveTypes.ts';
import type { ModelSpec } from '../core/modelSpec.ts';
import type { PlannedCall } from '../core/plannedCall.ts';
import type { FanOutPolicyOptions } from '../core/runFanOut.ts';
import type { RunEvent } from '../core/trace.ts';
import { calibrate, compensationMarginMs, type CalibrateOptions } from './calibrate.ts';
import { createFetchTransport } from './fetchTransport.ts';
import { createLateTally, notMeasuredNote } from './lateTally.ts';
import { createRealClock } from './realClock.ts';
import { checkTimeScale, experimentClock, experimentTransport } from './experimentTime.ts';
import { runInPage } from './runInPage.ts';
import { untilAborted } from './untilAborted.ts';
import { unstableCalibrationNote } from './unstableCalibrationNote.ts';

export interface LiveEngineOptions {
  /** What the upstream paths resolve against: `document.baseURI` in the page. */
  readonly baseUrl: string | URL;
  /** The lab's root: a run during which it is off screen is flagged (see runMonitor.ts). */
  readonly observeElement?: Element | null;
  /** Overrides of the calibration's defaults (sample count, delay, attempts). */
  readonly calibration?: Pick<CalibrateOptions, 'samples' | 'warmUps' | 'delayMs' | 'maxAttempts'>;
}

/** The live engine: structurally a LiveEnginePort (src/ui/liveEnginePort.ts), plus diagnostics. */
export interface LiveEngine {
  /**
   * Runs the model's code with the real clock and real `fetch()` calls to the mocked services.
   * With `options.faults`, each copy of a call is sent with its planned fault, and a call that
   * failed for good (500, 504, 429, timeout) is part of the result, as in the virtual engine
   * (the request may be `failed`); the events include every copy's start and end.
   * Rejects with the signal's reason when aborted (and emits nothing after the abort), and with
   * an Error when there are more than MAX_LIVE_CALLS calls or a call fails in a way no plan
   * asked for (a 400, an unplanned 500, the mocks unreachable).
   */
  run(
    calls: readonly PlannedCall[],
    spec: ModelSpec,
    options: LiveRunOptions,
  ): Promise<LiveRunResult>;
  /** The calibration, or null while it is measured (asking starts it, once). */
  calibration(): Calibration | null;
  /** Notifies when the calibration (or its problem) changes; subscribing starts it, once. */
  subscribe(listener: () => void): () => void;
  /** Why the calibration failed, or null. A compensated run tries again. */
  calibrationProblem(): string | null;
}

let runCount = 0;

/** A run id unique in this page and, with its random part, across reloads (for the logs). */
function nextRunId(): string {
  runCount += 1;
  return `run${runCount}-${Math.random().toString(36).slice(2, 8)}`;
}

export function createLiveEngine(options: LiveEngineOptions): LiveEngine {
  const { baseUrl, observeElement = null } = options;
  let measured: Calibration | null = null;
  let problem: string | null = null;
  let measuring: Promise<Calibration> | null = null;
  const listeners = new Set<() => void>();
  const notify = () => listeners.forEach((listener) => listener());

  /**
   * Measures the calibration once and shares it. A failure is kept (and shown) rather than
   * retried on every render; only a run that needs compensation asks again.
   */
  const calibrated = (retry: boolean): Promise<Calibration> => {
    if (measuring === null && (problem === null || retry)) {
      measuring = calibrate({ baseUrl, ...options.calibration }).then(
        (calibration) => {
          measured = calibration;
          problem = null;
          notify();
          return calibration;
        },
        (error: unknown) => {
          measuring = null;
          problem = error instanceof Error ? error.message : String(error);
          notify();
          throw error;
        },
      );
    }
    return measuring ?? Promise.reject(new Error(problem ?? 'not calibrated'));
  };
  const startCalibration = () => calibrated(false).catch(() => undefined);

  return {
    calibration() {
      void startCalibration();
      return measured;
    },
    subscribe(listener) {
      listeners.add(listener);
      void startCalibration();
      return () => listeners.delete(listener);
    },
    calibrationProblem: () => problem,

    async run(calls, spec, runOptions) {
      const { signal, compensate, onEvent, faults, timeScale = 1, marginMs = 0 } = runOptions;
      // This bound counts calls. The copies (retries and hedges multiply them, 22x at worst) are
      // bounded before the run, from the scenario's worst case: the URL codec and the labs keep
      // it within MAX_LIVE_COPIES (src/core/faults/copyLimitProblem.ts), which this engine cannot
      // check, since it sees only the planned faults, not the rates they were drawn from.
      if (calls.length > MAX_LIVE_CALLS) {
        throw new Error(
          `A live run sends at most ${MAX_LIVE_CALLS} calls (each is a real fetch() answered on ` +
            `the page's main thread), but this one has ${calls.length}. Run it on the virtual ` +
            'engine, or use fewer calls.',
        );
      }
      checkTimeScale(timeScale);
      signal.throwIfAborted();
      const notes: string[] = [];
      let compensationMs = 0;
      // The calibration warms the mock path first (warmMockPath), so awaiting it, compensated or
      // not, means no run pays for cold code paths nor shares the page with the measurement.
      if (compensate) {
        try {
          const calibration = await untilAborted(calibrated(true), signal);
          // The planner's margin covers the run's own bursts, which calibration (one request at
          // a time) never sees; the calibrated one covers this page's overhead and its spread.
          compensationMs = Math.max(compensationMarginMs(calibration), marginMs);
          const unsteady = unstableCalibrationNote(calibration);
          if (unsteady !== null) notes.push(unsteady);
        } catch (error) {
          signal.throwIfAborted();
          notes.push(notMeasuredNote(problem ?? String(error)));
        }
      } else {
        await untilAborted(
          calibrated(false).catch(() => undefined),
          signal,
        );
      }
      const result = await runCalls(calls, spec, {
        signal,
        onEvent,
        compensationMs,
        timeScale,
        ...(faults ? { faults } : {}),
      });
      const { reliability } = result;
      return {
        ...result,
        reliability: { ...reliability, notes: [...notes, ...reliability.notes] },
      };
    },
  };

  /** One run, after its compensation is known. */
  async function runCalls(
    calls: readonly PlannedCall[],
    spec: ModelSpec,
    run: {
      signal: AbortSignal;
      onEvent: (event: RunEvent) => void;
      /** 0: compensation off (see FetchTransportOptions); wall ms. */
      compensationMs: number;
      /** Experiment ms per wall ms (LiveRunOptions.timeScale). */
      timeScale: number;
      faults?: FanOutPolicyOptions;
    },
  ): Promise<LiveRunResult> {
    const { signal, onEvent, compensationMs, timeScale, faults } = run;
    const late = createLateTally();
    // The mocks and the page's timers run in wall ms; the model's code, its events and the
    // trace in experiment ms (the scenario's), whatever the scale.
    const send = experimentTransport(
      createFetchTransport({ baseUrl, runId: nextRunId(), compensationMs, onLate: late.onLate }),
      timeScale,
    );
    // Requests sent: one per call, or one per copy (retries, hedges) in a run with faults.
    let sentCount = 0;
    const { trace, reliability } = await runInPage({
      calls,
      spec,
      createClock: () => experimentClock(createRealClock(), timeScale),
      transport: (call, callSignal) => {
        sentCount += 1;
        return send(call, callSignal);
      },
      signal,
      onEvent,
      ...(faults ? { faults } : {}),
      observeElement,
    });
    if (late.calls() === 0) return { trace, reliability, compensationMs };
    const notes = [
      ...reliability.notes,
      // The tally counts wall ms; the note speaks the scenario's, like every time on screen.
      lateNote(late.calls(), sentCount, faults ? 'requests' : 'calls', late.maxMs() * timeScale),
    ];
    return { trace, reliability: { ...reliability, notes }, compensationMs };
  }
}

function lateNote(
  lateCalls: number,
  sentCount: number,
  what: 'calls' | 'requests',
  maxLateMs: number,
): string {
  return (
    `${lateCalls} of ${sentCount} ${what} came back after their latency despite compensation ` +
    `(up to ${Math.round(maxLateMs)} ms late): the mocks were slower than calibrated (the ` +
    "main thread was busy), or a latency was shorter than the mocks' own overhead."
  );
}
