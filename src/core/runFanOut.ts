import { callLabel, callNumber, requestNumber } from './callLabel.ts';
import type { Clock, Millis } from './clock.ts';
import type { AttemptPlanner } from './faults/planAttempt.ts';
import type { FanOutModel, ModelContext } from './modelContext.ts';
import type { PlannedCall } from './plannedCall.ts';
import { CallFailedError } from './policy/callFailures.ts';
import { DEFAULT_POLICY, type CallPolicy } from './policy/callPolicy.ts';
import { createCancelScope, NEVER_CANCELLED } from './policy/cancelScope.ts';
import type { CreateAbortController } from './policy/lightAbort.ts';
import { sendWithPolicy } from './policy/sendWithPolicy.ts';
import type {
  AttemptSpan,
  CallSpan,
  CallStatus,
  RequestOutcome,
  RunEvent,
  WirePhases,
  WorkSpan,
} from './trace.ts';

/**
 * Sends one call and resolves when its response arrived, with where its time went on the wire
 * when the transport can tell (WirePhases). Rejects with the signal's reason when aborted; with
 * an UpstreamFailure (policy/callFailures.ts) when the service answered 500, 504 or 429 (only
 * runs with faults see those); with any other error when the run cannot go on. A transport that
 * knows the phases of a copy that then fails or is aborted passes them to `report` before it
 * rejects (the virtual connection pool does: a copy may time out while queued).
 */
export type Transport = (
  call: PlannedCall,
  signal: AbortSignal | undefined,
  report?: (wire: WirePhases) => void,
) => Promise<WirePhases | void>;

/** Faults and client policies of a run (docs/faults.md); a run without them records no copies. */
export interface FanOutPolicyOptions {
  readonly policy: CallPolicy;
  /** Plans each copy of a call (its latency and fault). */
  readonly plan: AttemptPlanner;
  /** The seed the retries' jitter draws from. */
  readonly seed: number;
  /**
   * The policy call `index` runs under, when it differs per call (`hedge=pNN` gives each call
   * its own hedge delay, policy/hedgeDelayMs.ts); absent = `policy` for every call.
   */
  readonly policyOf?: (index: number) => CallPolicy;
}

export interface FanOutRunOptions {
  readonly clock: Clock;
  /** The calls of one request, in list order. */
  readonly calls: readonly PlannedCall[];
  readonly model: FanOutModel;
  readonly transport: Transport;
  /** When the request's calls became ready (0 in the Fan-out lab). */
  readonly readyAtMs?: Millis;
  /** Aborts every call in flight and every wait (Reset, Stop). */
  readonly signal?: AbortSignal;
  readonly onEvent?: (event: RunEvent) => void;
  /** Faults and policies; absent = every call is sent once and answers. */
  readonly faults?: FanOutPolicyOptions;
  /**
   * True when the model has queued every call up front, so it still sends them all after the
   * request failed (a pool, a throttle, Promise.all): the run then waits until every call was
   * sent. False (the default) for models whose code stops sending once a call throws (a loop of
   * awaits, batches): their unsent calls are recorded as skipped. See `sendsEveryCall`.
   */
  readonly sendsEveryCall?: boolean;
  /** Makes each copy's controller; default a real AbortController (live runs need one for fetch). */
  readonly createAbortController?: CreateAbortController;
}

export interface FanOutResult {
  /** One span per call, in list order. */
  readonly calls: readonly CallSpan[];
  readonly work: readonly WorkSpan[];
  readonly outcome: RequestOutcome;
}

/**
 * Runs one request's fan-out: gives the model a context whose `send` and `work` record spans.
 * The same function serves the virtual engine (virtual clock, sleeping transport) and the live
 * one (real clock, fetch transport).
 *
 * With faults, `send` follows the policy (sendWithPolicy) and a call that failed for good
 * rejects it (unless the policy is allSettled), as a failed fetch would; with cancelOnFailure,
 * the first such failure aborts the calls in flight and every later `send` is skipped. When the
 * model's promise rejects because a call failed, the request has failed at that instant, but the
 * calls still in flight keep running (as they do after Promise.all rejects): the run waits for
 * them, and calls never sent are recorded as `skipped`.
 */
export async function runFanOut(options: FanOutRunOptions): Promise<FanOutResult> {
  const { clock, calls, transport, signal, onEvent, faults } = options;
  const readyAtMs = options.readyAtMs ?? clock.now();
  const spans: Array<CallSpan | undefined> = new Array<CallSpan | undefined>(calls.length);
  const sent = new Uint8Array(calls.length);
  const work: WorkSpan[] = [];
  const request = calls[0]?.request ?? 0;
  const policy = faults?.policy ?? DEFAULT_POLICY;
  // Only a policy with cancelOnFailure cancels a request (sendFaulty): every other run shares
  // one inert scope, so its copies subscribe nothing.
  const cancel = faults && policy.cancelOnFailure ? createCancelScope() : NEVER_CANCELLED;
  // Wakes a model's pacing waits (waitForTurn) when the request is cancelled: one controller
  // per request, and only when the policy can cancel.
  const cancelWaits = policy.cancelOnFailure
    ? (options.createAbortController ?? (() => new AbortController()))()
    : null;
  if (cancelWaits) cancel.subscribe(() => cancelWaits.abort(REQUEST_CANCELLED));
  let firstFailure: number | null = null;
  // Every send and local work still running, so the run can outlive a model that failed fast.
  // Only a run with faults can fail fast: a plain run's model awaits everything it starts, so
  // its hot path skips the bookkeeping.
  const pending = new Set<Promise<unknown>>();
  let sentCount = 0;
  let onEverySent: () => void = NOTHING;
  // Awaited only when a model that sends every call failed: a plain run never makes it.
  const everySent =
    faults && options.sendsEveryCall === true
      ? new Promise<void>((resolve) => {
          onEverySent = resolve;
        })
      : null;
  if (calls.length === 0) onEverySent();

  // The run's steps, written as methods of one object rather than as named arrow functions:
  // under tsx (the CLI and the benchmarks) every named closure costs a defineProperty of its
  // name each time it is created, which was a third of a 100,000-request server run. Methods
  // capture the run's variables exactly as closures do.
  const step = {
    /** Sends and local work are tracked only with faults (see `pending`). */
    track<T>(running: Promise<T>): Promise<T> {
      if (!faults) return running;
      pending.add(running);
      const forget = (): boolean => pending.delete(running);
      running.then(forget, forget);
      return running;
    },

    /** Ends call `index`'s span now (or at `endedAtMs`) and tells the listener. */
    record(
      index: number,
      startedAtMs: Millis,
      status: CallStatus,
      attempts?: readonly AttemptSpan[],
      endedAtMs: Millis = clock.now(),
      wire?: WirePhases,
    ): void {
      const call = calls[index] as PlannedCall;
      const span: CallSpan = {
        request,
        index,
        service: call.service,
        latencyMs: call.latencyMs,
        readyAtMs,
        startedAtMs,
        endedAtMs,
        status,
      };
      // Added only when known (an absent key, not an undefined one: exports and equality see
      // the same span either way); a plain run's span is one literal, with no spread objects.
      if (attempts) (span as { attempts?: readonly AttemptSpan[] }).attempts = attempts;
      if (wire) (span as { wire?: WirePhases }).wire = wire;
      spans[index] = span;
      onEvent?.({ type: 'call-end', span });
    },

    /** A call never sent: no wait, no flight (readyAtMs = startedAtMs = endedAtMs), no copies. */
    recordSkipped(index: number): void {
      step.record(index, readyAtMs, 'skipped', [], readyAtMs);
    },

    /**
     * A plain call: `.then` rather than an async function, with the same microtask turns (its
     * span is recorded, and its promise settles, in the turn after the transport's), so calls
     * that end at one instant keep their recorded order (engineCorpus.test.ts), without an
     * async frame and its await closures per call.
     */
    sendPlain(index: number, call: PlannedCall): Promise<void> {
      const startedAtMs = clock.now();
      onEvent?.({ type: 'call-start', request, index, atMs: startedAtMs });
      // Only a run that can be stopped records an aborted call; without a signal a failure
      // passes through `.then` untouched, in the same turn, and needs no handler of its own.
      const failed =
        signal === undefined
          ? undefined
          : (error: unknown): never => {
              if (signal.aborted) step.record(index, startedAtMs, 'aborted');
              throw error;
            };
      let answered: Promise<WirePhases | void>;
      try {
        answered = transport(call, signal);
      } catch (error) {
        // A transport that throws instead of rejecting fails the call at once, as the async
        // function it replaced did (no turn later).
        if (signal?.aborted) step.record(index, startedAtMs, 'aborted');
        return Promise.reject(error);
      }
      return answered.then((wire) => {
        step.record(index, startedAtMs, 'ok', undefined, clock.now(), wire ?? undefined);
      }, failed);
    },

    async sendFaulty(
      index: number,
      call: PlannedCall,
      setup: FanOutPolicyOptions,
      admission: Parameters<ModelContext['send']>[1],
    ): Promise<void> {
      if (signal?.aborted) throw signal.reason; // reset while this call waited its turn
      if (cancel.cancelled) {
        // The request gave up before this call's turn: it is never sent.
        step.recordSkipped(index);
        if (policy.settle === 'allSettled') return;
        throw new CallFailedError(
          index,
          `${callLabel(call)} was not sent: the request was cancelled`,
        );
      }
      const startedAtMs = clock.now();
      onEvent?.({ type: 'call-start', request, index, atMs: startedAtMs });
      const attempts: AttemptSpan[] = [];
      let result;
      try {
        result = await sendWithPolicy({
          clock,
          call,
          policy: setup.policyOf?.(index) ?? policy,
          plan: setup.plan,
          transport,
          seed: setup.seed,
          runSignal: signal,
          cancel,
          admission,
          createAbortController: options.createAbortController,
          // The copies' spans land here as they end (the same array the result returns), so a
          // call stopped mid-way still has them; events only when someone listens.
          attempts,
          onEvent,
        });
      } catch (error) {
        if (signal?.aborted) step.record(index, startedAtMs, 'aborted', attempts);
        throw error;
      }
      step.record(index, startedAtMs, result.status, result.attempts);
      if (result.status === 'ok') return;
      if (result.status !== 'cancelled') {
        firstFailure ??= index;
        if (policy.cancelOnFailure) cancel.cancel();
      }
      if (policy.settle === 'allSettled') return;
      throw new CallFailedError(index, `${callLabel(call)} ended ${result.status}`);
    },
  };

  const ctx: ModelContext = {
    clock,
    callCount: calls.length,
    cancelled() {
      return cancel.cancelled;
    },
    async waitForTurn(ms, label) {
      if (cancelWaits === null) return clock.sleep(ms, undefined, label);
      try {
        await clock.sleep(ms, cancelWaits.signal, label);
      } catch (error) {
        if (error !== REQUEST_CANCELLED) throw error;
      }
    },
    send(index, admission) {
      const call = calls[index];
      if (call === undefined || sent[index] === 1) {
        return Promise.reject(
          new Error(
            `The model sent call ${callNumber(index)} (index ${index}) ` +
              `${call === undefined ? 'which does not exist' : 'twice'}; ` +
              `ctx.send takes indices 0..${calls.length - 1} and sends each call once.`,
          ),
        );
      }
      sent[index] = 1;
      sentCount += 1;
      if (sentCount === calls.length) onEverySent();
      return step.track(
        faults ? step.sendFaulty(index, call, faults, admission) : step.sendPlain(index, call),
      );
    },
    work(ms) {
      return step.track(
        (async () => {
          const startedAtMs = clock.now();
          onEvent?.({ type: 'work-start', request, atMs: startedAtMs });
          await clock.sleep(ms, signal, `local work of request ${requestNumber(request)}`);
          const span: WorkSpan = { request, startedAtMs, endedAtMs: clock.now() };
          work.push(span);
          onEvent?.({ type: 'work-end', span });
        })(),
      );
    },
  };

  let failedCall: number | null = null;
  try {
    await options.model(ctx);
  } catch (error) {
    if (!(error instanceof CallFailedError) || signal?.aborted) throw error;
    failedCall = firstFailure ?? error.index;
  }
  const outcome: RequestOutcome = {
    status: failedCall !== null ? 'failed' : firstFailure !== null ? 'partial' : 'ok',
    settledAtMs: clock.now(),
    failedCall,
  };
  onEvent?.({ type: 'request-settled', outcome });
  if (failedCall !== null && options.sendsEveryCall !== true) {
    // A loop of awaits or batches stopped sending when the model failed: its unsent calls are
    // skipped now (a live timeline stops showing them as queued at once).
    for (let index = 0; index < calls.length; index += 1) {
      if (sent[index] === 1) continue;
      sent[index] = 1;
      step.recordSkipped(index);
    }
  }
  // The calls the model left running (after failing fast) still run to their end, and a model
  // that queued every call still sends the rest.
  if (failedCall !== null && everySent !== null) await everySent;
  while (pending.size > 0) await Promise.allSettled([...pending]);
  if (signal?.aborted) throw signal.reason;
  const missing = spans.findIndex((span) => span === undefined);
  if (missing !== -1) {
    throw new Error(
      `The model finished without sending call ${callNumber(missing)} (index ${missing}); ` +
        'every call must be sent.',
    );
  }
  return { calls: spans as CallSpan[], work, outcome };
}

/** The callback of a promise nobody awaits (everySent in a plain run). */
const NOTHING = (): void => undefined;

/** Why a model's pacing wait ended early: the request was cancelled (never seen outside). */
const REQUEST_CANCELLED: unknown = Object.freeze({ reason: 'the request was cancelled' });
