/** A source of uniform numbers in [0, 1). */
export type Random = () => number;

/** splitmix32: a fast, well-mixed 32-bit hash step, used to derive independent streams. */
function mix32(value: number): number {
  let z = (value + 0x9e3779b9) | 0;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return (z ^ (z >>> 16)) >>> 0;
}

/**
 * A seeded generator (mulberry32) for one stream. Streams are keyed by `(seed, ...keys)`, so a
 * call's latency depends only on the seed and the call's own position: editing call 3 never
 * changes the draws of call 7, and every request of a server run gets its own draws.
 */
export function seededRandom(seed: number, ...keys: readonly number[]): Random {
  let state = mix32(seed >>> 0);
  for (const key of keys) state = mix32(state ^ mix32(key >>> 0));
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * The first number of stream (seed, a, b, c): exactly `seededRandom(seed, a, b, c)()`, without the
 * generator (no closure, no key array). The fault planner draws one number per copy of a call.
 */
export function firstDraw(seed: number, a: number, b: number, c: number): number {
  let state = mix32(seed >>> 0);
  state = mix32(state ^ mix32(a >>> 0));
  state = mix32(state ^ mix32(b >>> 0));
  state = mix32(state ^ mix32(c >>> 0));
  state = (state + 0x6d2b79f5) | 0;
  let t = Math.imul(state ^ (state >>> 15), 1 | state);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
