import type { Millis } from '../clock.ts';
import type { FanOutModel, ModelShape } from '../modelContext.ts';

/**
 * The talk's Tornado loop thread: start every call at 0, do `workMs` of local work meanwhile,
 * then wait for all. The request ends at max(workMs, max e_i).
 */
export function offload(workMs: Millis): FanOutModel {
  return async (ctx) => {
    const calls: Promise<void>[] = [];
    for (let i = 0; i < ctx.callCount; i += 1) calls.push(ctx.send(i));
    await Promise.all([ctx.work(workMs), Promise.all(calls)]);
  };
}

/** Every call is sent at once, before any answers. */
export const shape: ModelShape = 'fan-out';
