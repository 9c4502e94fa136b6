import type { Clock, Millis } from '../clock.ts';
import type { AttemptPlanner } from '../faults/planAttempt.ts';
import type { Admission } from '../modelContext.ts';
import type { PlannedCall } from '../plannedCall.ts';
import type { AttemptOutcome, AttemptSpan, CallStatus, RunEvent, WirePhases } from '../trace.ts';
import { backoffMs } from './backoffMs.ts';
import { insertByAttempt } from './insertByAttempt.ts';
import { ClientAbort, UpstreamFailure } from './callFailures.ts';
import type { CallPolicy } from './callPolicy.ts';
import type { CancelScope } from './cancelScope.ts';
import type { CreateAbortController } from './lightAbort.ts';

/**
 * Sends one copy of a call; resolves with where its time went on the wire when the transport can
 * tell (WirePhases); rejects with an UpstreamFailure, or the signal's reason when aborted, after
 * passing the failed copy's phases to `report` when it knows them.
 */
export type AttemptTransport = (
  call: PlannedCall,
  signal: AbortSignal | undefined,
  report?: (wire: WirePhases) => void,
) => Promise<WirePhases | void>;

export interface PolicyCallOptions {
  readonly clock: Clock;
  readonly call: PlannedCall;
  readonly policy: CallPolicy;
  readonly plan: AttemptPlanner;
  readonly transport: AttemptTransport;
  /** The seed the jitter draws from. */
  readonly seed: number;
  /** Aborts the whole run (Reset, Stop): the call ends `aborted` and sendWithPolicy rejects. */
  readonly runSignal: AbortSignal | undefined;
  /** Cancelled when the request gives up on its calls (cancel on first failure). */
  readonly cancel: CancelScope;
  readonly admission: Admission | undefined;
  readonly onEvent: ((event: RunEvent) => void) | undefined;
  /** Makes each copy's controller; default: a real AbortController (see lightAbort.ts). */
  readonly createAbortController?: CreateAbortController;
  /**
   * Where each copy's span goes as it ends, kept in sending order (default: a new array). The
   * caller passes its own to still have the copies when the run is stopped mid-call.
   */
  readonly attempts?: AttemptSpan[];
}

/** How a call's copies ended, for its span. */
export interface PolicyCallResult {
  readonly status: Exclude<CallStatus, 'skipped' | 'aborted'>;
  /** In the order the copies were sent (copy 0, 1, ...). */
  readonly attempts: readonly AttemptSpan[];
}

/** One copy in flight: its result, and a way for the hedge to withdraw it. */
interface Copy {
  readonly done: Promise<AttemptSpan>;
  withdraw(reason: ClientAbort): void;
  readonly settled: boolean;
  /** Its timeout (or anything else) has aborted it, even if it has not settled yet. */
  readonly aborted: boolean;
}

/**
 * One call's life under a policy: copies, each with its own timeout; a hedge copy after
 * `hedgeMs` while the first is still out (the first answer wins, the other is withdrawn);
 * retries with exponential backoff and jitter after a failed attempt, holding or releasing the
 * model's admission. Resolves with the call's status and every copy (never rejects for a failed
 * call); rejects when the run is aborted (with its reason) or a transport fails for another
 * reason than the service's answer (a bug or a network failure: the run cannot go on).
 *
 * Ties are deterministic: a timeout or a hedge due at the instant an answer arrives waits one
 * zero-length sleep, so the answer wins.
 */
export async function sendWithPolicy(options: PolicyCallOptions): Promise<PolicyCallResult> {
  const { clock, call, policy, runSignal, cancel, admission } = options;
  const attempts: AttemptSpan[] = options.attempts ?? [];
  let copies = 0;
  const createController = options.createAbortController ?? (() => new AbortController());
  const abortable =
    runSignal !== undefined ||
    policy.timeoutMs !== null ||
    policy.hedgeMs !== null ||
    policy.cancelOnFailure;

  const startCopy = (hedge: boolean): Copy => {
    const planned = options.plan(call, copies);
    copies += 1;
    // A copy nothing can abort (a virtual run without timeout, hedge or cancel) needs no
    // controller: 100,000 AbortSignals cost the engine more than everything else together.
    const controller = abortable ? createController() : null;
    const abort = (reason: unknown) => controller?.abort(reason);
    // Only a run that can be stopped (a live one) has a signal to follow.
    const onRun = runSignal === undefined ? null : () => abort(runSignal.reason);
    if (runSignal !== undefined && onRun !== null) {
      runSignal.addEventListener('abort', onRun, { once: true });
      if (runSignal.aborted) onRun();
    }
    const stopCancel = cancel.subscribe(() =>
      abort(new ClientAbort('cancelled', 'the request was cancelled')),
    );
    const startedAtMs = clock.now();
    options.onEvent?.({
      type: 'attempt-start',
      request: call.request,
      index: call.index,
      attempt: planned.attempt ?? 0,
      hedge,
      atMs: startedAtMs,
    });
    // The deadline sleeps on the copy's own signal: aborting it once the copy has settled stops
    // the timer too (one AbortController per copy, not two).
    if (controller !== null && policy.timeoutMs !== null) {
      const signal = controller.signal;
      void afterTie(clock, policy.timeoutMs, signal, `timeout of call ${call.index}`).then(
        (fired) => {
          if (fired) abort(new ClientAbort('timeout', `no answer within ${policy.timeoutMs} ms`));
        },
      );
    }
    const state = { settled: false };
    const done = (async () => {
      let outcome: AttemptOutcome = 'ok';
      let retryAfterMs: Millis | undefined;
      let wire: WirePhases | void = undefined;
      try {
        wire = await options.transport(planned, controller?.signal, (phases) => {
          wire = phases;
        });
      } catch (error) {
        const signal = controller?.signal;
        if (error instanceof UpstreamFailure && signal?.aborted !== true) {
          outcome = error.kind;
          if (error.retryAfterMs !== null) retryAfterMs = error.retryAfterMs;
        } else if (runSignal?.aborted) {
          outcome = 'aborted';
        } else if (signal?.aborted === true && signal.reason instanceof ClientAbort) {
          outcome = signal.reason.outcome;
        } else {
          throw error;
        }
      } finally {
        // A constant reason: abort() without one builds a DOMException (a stack) per copy.
        if (policy.timeoutMs !== null) controller?.abort(COPY_SETTLED);
        if (onRun !== null) runSignal?.removeEventListener('abort', onRun);
        stopCancel();
        state.settled = true;
      }
      const span: AttemptSpan = {
        attempt: planned.attempt ?? 0,
        hedge,
        latencyMs: planned.latencyMs,
        startedAtMs,
        endedAtMs: clock.now(),
        outcome,
      };
      // Absent keys rather than undefined ones, without a spread object per copy.
      if (retryAfterMs !== undefined)
        (span as { retryAfterMs?: Millis }).retryAfterMs = retryAfterMs;
      if (wire) (span as { wire?: WirePhases }).wire = wire;
      // Copies end out of order (a hedge can beat its first copy): keep them in sending order.
      insertByAttempt(attempts, span);
      options.onEvent?.({ type: 'attempt-end', request: call.request, index: call.index, span });
      return span;
    })();
    return {
      done,
      withdraw: abort,
      get settled() {
        return state.settled;
      },
      get aborted() {
        return controller?.signal.aborted === true;
      },
    };
  };

  /** One attempt: a copy, and with hedging maybe a second; the answer that counts. */
  const attempt = async (): Promise<AttemptSpan> => {
    const first = startCopy(false);
    if (policy.hedgeMs === null) return first.done;
    const hedgeTimer = createController();
    const hedgeDue = afterTie(
      clock,
      policy.hedgeMs,
      hedgeTimer.signal,
      `hedge of call ${call.index}`,
    );
    // Whichever comes first: the first copy's answer, or the hedge's moment with it still out.
    const firstDone = first.done.then(
      () => false,
      () => false,
    );
    const hedgeNow = await Promise.race([firstDone, hedgeDue]);
    hedgeTimer.abort();
    // A copy that has answered, or timed out at this very instant, gets no hedge.
    if (!hedgeNow || first.settled || first.aborted) return first.done;
    const second = startCopy(true);
    const copiesOut = [first, second];
    const winner = await firstOk(copiesOut);
    if (winner !== null) {
      for (const copy of copiesOut) {
        if (!copy.settled)
          copy.withdraw(new ClientAbort('cancelled', 'the other copy answered first'));
      }
    }
    const spans = await Promise.all(copiesOut.map((copy) => copy.done));
    if (winner !== null) return winner;
    // Both failed: the later decides, but a 429's Retry-After from either still holds.
    const last = latestEnding(spans);
    const retryAfterMs = Math.max(0, ...spans.map((span) => span.retryAfterMs ?? 0));
    return retryAfterMs > 0 ? { ...last, retryAfterMs } : last;
  };

  let retries = 0;
  for (;;) {
    if (runSignal?.aborted) throw runSignal.reason;
    if (cancel.cancelled) return { status: 'cancelled', attempts };
    const span = await attempt();
    if (span.outcome === 'aborted') throw runSignal?.reason;
    if (span.outcome === 'ok') return { status: 'ok', attempts };
    if (span.outcome === 'cancelled') return { status: 'cancelled', attempts };
    if (retries >= policy.retries) {
      return { status: span.outcome === 'timeout' ? 'timeout' : 'failed', attempts };
    }
    retries += 1;
    const waitMs = backoffMs(policy, retries, span.retryAfterMs ?? null, {
      seed: options.seed,
      request: call.request,
      index: call.index,
    });
    const release = admission !== undefined && policy.retrySlot === 'release';
    if (release) admission.leave(call.index);
    const stopWaiting = abortOnEither(runSignal, cancel, createController);
    try {
      await clock.sleep(
        waitMs,
        stopWaiting.signal,
        `backoff before retry ${retries} of call ${call.index}`,
      );
    } catch {
      if (runSignal?.aborted) throw runSignal.reason;
      // Cancelled while backing off: give the admission back to the model before reporting.
    } finally {
      stopWaiting.dispose();
      if (release) await admission.enter(call.index);
    }
  }
}

/**
 * Resolves true after `ms` and one more zero-length sleep (so an answer due at the same instant
 * is handled first), false when `signal` aborts before.
 */
async function afterTie(
  clock: Clock,
  ms: Millis,
  signal: AbortSignal,
  label: string,
): Promise<boolean> {
  try {
    await clock.sleep(ms, signal, label);
    await clock.sleep(0, signal, label);
    return true;
  } catch {
    return false;
  }
}

/** The first copy to answer ok, or null once every copy has ended without one. */
function firstOk(copies: readonly Copy[]): Promise<AttemptSpan | null> {
  return new Promise((resolve, reject) => {
    let left = copies.length;
    for (const copy of copies) {
      copy.done.then((span) => {
        left -= 1;
        if (span.outcome === 'ok') resolve(span);
        else if (left === 0) resolve(null);
      }, reject);
    }
  });
}

/** Among failed copies, the one that ended last decides the attempt (ties: the later copy). */
function latestEnding(spans: readonly AttemptSpan[]): AttemptSpan {
  let last = spans[0] as AttemptSpan;
  for (const span of spans) if (span.endedAtMs >= last.endedAtMs) last = span;
  return last;
}

/** Why a copy's timer is stopped once the copy has settled (never seen by anyone). */
const COPY_SETTLED: unknown = Object.freeze({ reason: 'the copy settled before its deadline' });

/** A signal aborted by the run's signal or the request's cancel, with a way to stop listening. */
function abortOnEither(
  runSignal: AbortSignal | undefined,
  cancel: CancelScope,
  createController: CreateAbortController,
): { readonly signal: AbortSignal; dispose(): void } {
  const controller = createController();
  const onRun = () => controller.abort(runSignal?.reason);
  if (runSignal?.aborted) onRun();
  runSignal?.addEventListener('abort', onRun, { once: true });
  const stopCancel = cancel.subscribe(() =>
    controller.abort(new ClientAbort('cancelled', 'the request was cancelled')),
  );
  return {
    signal: controller.signal,
    dispose() {
      runSignal?.removeEventListener('abort', onRun);
      stopCancel();
    },
  };
}
