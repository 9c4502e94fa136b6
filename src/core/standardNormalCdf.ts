/** ln(sqrt(2 pi)): the standard normal density is exp(-x^2 / 2 - LOG_SQRT_2PI). */
const LOG_SQRT_2PI = 0.9189385332046728;

/** Past this many standard deviations the CDF is 0 or 1 to within 1e-15. */
const TAIL_Z = 8.3;

/**
 * Φ(z), the standard normal CDF, to about 1e-15 absolute (Marsaglia, "Evaluating the Normal
 * Distribution", J. Stat. Software 11(4), 2004): Φ(z) = 1/2 + φ(z) (z + z^3/3 + z^5/(3·5) + ...).
 * The series converges for every z; its terms are all of one sign, so summing until the sum
 * stops changing is exact to rounding. Invariants: monotone, Φ(-z) = 1 - Φ(z), Φ(0) = 1/2.
 */
export function standardNormalCdf(z: number): number {
  if (Number.isNaN(z)) return Number.NaN;
  if (z <= -TAIL_Z) return 0;
  if (z >= TAIL_Z) return 1;
  let sum = z;
  let term = z;
  let previous = 0;
  for (let i = 3; sum !== previous; i += 2) {
    previous = sum;
    term *= (z * z) / i;
    sum += term;
  }
  return 0.5 + sum * Math.exp(-0.5 * z * z - LOG_SQRT_2PI);
}
