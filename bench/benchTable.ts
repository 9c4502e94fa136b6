import { performance } from 'node:perf_hooks';
import { collectGarbage } from './collectGarbage.ts';

/** Wall ms of one run, which starts from a collected heap (collectGarbage.ts). */
export async function timeMs(run: () => unknown): Promise<number> {
  collectGarbage();
  const start = performance.now();
  await run();
  return performance.now() - start;
}

/** One row of a bench table: the first cell 28 wide, the rest 12. */
export function row(cells: Array<string | number>): string {
  return cells.map((c, i) => String(c).padStart(i === 0 ? 28 : 12)).join(' ');
}
