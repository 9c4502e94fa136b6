import { SEED_RANGE } from '../../core/limits.ts';

/**
 * A fresh seed for the "New seed" button. Uses the platform's generator (ui may; core draws only
 * from seeded streams); any unsigned 32-bit integer is a valid seed.
 */
export function randomSeed(): number {
  const [seed = SEED_RANGE.min] = crypto.getRandomValues(new Uint32Array(1));
  return seed;
}
