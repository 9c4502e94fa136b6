import type { FanOutModel, ModelShape } from '../modelContext.ts';

/** One call after another: s_0 = 0, s_i = e_{i-1}. Python: a loop of `requests.get`. */
export const sequential: FanOutModel = async (ctx) => {
  for (let i = 0; i < ctx.callCount; i += 1) await ctx.send(i);
};

/** Each call waits for the one before: a failure ends the loop, and the rest are never sent. */
export const shape: ModelShape = 'steps';
