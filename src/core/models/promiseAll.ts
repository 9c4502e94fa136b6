import type { FanOutModel, ModelShape } from '../modelContext.ts';

/** Every call at once: every s_i = 0. Python: `asyncio.gather`, gevent `joinall`. */
export const promiseAll: FanOutModel = async (ctx) => {
  const calls: Promise<void>[] = [];
  for (let i = 0; i < ctx.callCount; i += 1) calls.push(ctx.send(i));
  await Promise.all(calls);
};

/** Every call is sent at once, before any answers. */
export const shape: ModelShape = 'fan-out';
