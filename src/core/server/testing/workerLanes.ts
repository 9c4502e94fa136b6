import type { Millis } from '../../clock.ts';
import type { ServerTrace } from '../serverTrace.ts';

/**
 * Draws which request each worker served over time (test helper), one lane per worker that
 * served any, in worker order:
 *
 *     w0 p0 |000001111122222|
 *     w1 p0 |333334444455555|
 *
 * Each character covers `msPerChar` ms and shows the index of the request the worker served then
 * (from it taking the request to freeing itself), its last digit; `*` when one character covers
 * two requests (choose a finer `msPerChar`), space when the worker was idle.
 */
export function workerLanes(trace: ServerTrace, msPerChar: Millis): string {
  const width = Math.max(1, Math.ceil(trace.makespanMs / msPerChar));
  const workers = [...new Set(trace.requests.map((r) => r.worker))].sort((a, b) => a - b);
  return workers
    .map((worker) => {
      const served = trace.requests.filter((r) => r.worker === worker);
      const process = served[0]?.process ?? 0;
      const lane = Array.from({ length: width }, (_, k) => {
        const here = served.filter(
          (r) => r.startedAtMs < (k + 1) * msPerChar && r.freedAtMs > k * msPerChar,
        );
        if (here.length === 0) return ' ';
        if (here.length > 1) return '*';
        return String((here[0]?.index ?? 0) % 10);
      }).join('');
      return `w${worker} p${process} |${lane}|`;
    })
    .join('\n');
}
