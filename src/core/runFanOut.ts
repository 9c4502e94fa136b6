import type { Clock, Millis } from './clock.ts';
import type { FanOutModel, ModelContext } from './modelContext.ts';
import type { PlannedCall } from './plannedCall.ts';
import type { CallSpan, RunEvent, WorkSpan } from './trace.ts';

/** Sends one call and resolves when its response arrived (or rejects when aborted). */
export type Transport = (call: PlannedCall, signal: AbortSignal | undefined) => Promise<void>;

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
}

export interface FanOutResult {
  /** One span per call, in list order. */
  readonly calls: readonly CallSpan[];
  readonly work: readonly WorkSpan[];
}

/**
 * Runs one request's fan-out: gives the model a context whose `send` and `work` record spans.
 * The same function serves the virtual engine (virtual clock, sleeping transport) and the live
 * one (real clock, fetch transport).
 */
export async function runFanOut(options: FanOutRunOptions): Promise<FanOutResult> {
  const { clock, calls, transport, signal, onEvent } = options;
  const readyAtMs = options.readyAtMs ?? clock.now();
  const spans: Array<CallSpan | undefined> = new Array<CallSpan | undefined>(calls.length);
  const sent = new Uint8Array(calls.length);
  const work: WorkSpan[] = [];
  const request = calls[0]?.request ?? 0;

  const ctx: ModelContext = {
    clock,
    callCount: calls.length,
    send: async (index) => {
      const call = calls[index];
      if (call === undefined || sent[index] === 1) {
        throw new Error(
          `The model sent call ${index} ${call === undefined ? 'which does not exist' : 'twice'}; ` +
            `a request has calls 0..${calls.length - 1} and each is sent once.`,
        );
      }
      sent[index] = 1;
      const startedAtMs = clock.now();
      onEvent?.({ type: 'call-start', request, index, atMs: startedAtMs });
      const finish = (status: CallSpan['status']): CallSpan => {
        const span: CallSpan = {
          request,
          index,
          service: call.service,
          latencyMs: call.latencyMs,
          readyAtMs,
          startedAtMs,
          endedAtMs: clock.now(),
          status,
        };
        spans[index] = span;
        onEvent?.({ type: 'call-end', span });
        return span;
      };
      try {
        await transport(call, signal);
      } catch (error) {
        if (signal?.aborted) finish('aborted');
        throw error;
      }
      finish('ok');
    },
    work: async (ms) => {
      const startedAtMs = clock.now();
      onEvent?.({ type: 'work-start', request, atMs: startedAtMs });
      await clock.sleep(ms, signal, `local work of request ${request}`);
      const span: WorkSpan = { request, startedAtMs, endedAtMs: clock.now() };
      work.push(span);
      onEvent?.({ type: 'work-end', span });
    },
  };

  await options.model(ctx);
  const missing = spans.findIndex((span) => span === undefined);
  if (missing !== -1) {
    throw new Error(`The model finished without sending call ${missing}; every call must be sent.`);
  }
  return { calls: spans as CallSpan[], work };
}
