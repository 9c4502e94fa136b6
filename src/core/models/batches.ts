import type { FanOutModel, ModelShape } from '../modelContext.ts';

/** Chunks of `limit` in list order; a chunk starts when every call of the previous one ended. */
export function batches(limit: number): FanOutModel {
  return async (ctx) => {
    for (let first = 0; first < ctx.callCount; first += limit) {
      const chunk: Promise<void>[] = [];
      const end = Math.min(first + limit, ctx.callCount);
      for (let i = first; i < end; i += 1) chunk.push(ctx.send(i));
      await Promise.all(chunk);
    }
  };
}

/** A chunk waits for the previous one: a failure ends the loop, and later chunks are never sent. */
export const shape: ModelShape = 'steps';
