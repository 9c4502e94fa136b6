/**
 * A probability mass function on whole ms: `probs[j]` is P(X = offsetMs + j). Sums of
 * independent times (a loop of awaits, one batch after another) are convolutions of these.
 */
export interface WholeMsPmf {
  readonly offsetMs: number;
  readonly probs: Float64Array;
}

/** The PMF of a whole-ms variable from its CDF over [0, hiMs] (mass above hiMs dropped). */
export function pmfFromCdf(cdf: (t: number) => number, hiMs: number): WholeMsPmf {
  let lo = 0;
  while (lo < hiMs && cdf(lo) <= 0) lo += 1;
  const probs = new Float64Array(hiMs - lo + 1);
  let previous = lo === 0 ? 0 : cdf(lo - 1);
  for (let t = lo; t <= hiMs; t += 1) {
    const current = cdf(t);
    probs[t - lo] = Math.max(0, current - previous);
    previous = current;
  }
  return { offsetMs: lo, probs };
}

/** How many multiply-adds convolving `a` with `b` costs (the non-zero entries of each). */
export function convolutionWork(a: WholeMsPmf, b: WholeMsPmf): number {
  return nonZeros(a.probs).length * nonZeros(b.probs).length;
}

/** The PMF of X + Y for independent X ~ a, Y ~ b; only non-zero entries are visited. */
export function convolve(a: WholeMsPmf, b: WholeMsPmf): WholeMsPmf {
  const probs = new Float64Array(a.probs.length + b.probs.length - 1);
  const left = nonZeros(a.probs);
  const right = nonZeros(b.probs);
  for (const i of left) {
    const pa = a.probs[i] as number;
    for (const j of right) probs[i + j] = (probs[i + j] as number) + pa * (b.probs[j] as number);
  }
  return { offsetMs: a.offsetMs + b.offsetMs, probs };
}

function nonZeros(probs: Float64Array): number[] {
  const indices: number[] = [];
  for (let i = 0; i < probs.length; i += 1) if ((probs[i] as number) > 0) indices.push(i);
  return indices;
}
