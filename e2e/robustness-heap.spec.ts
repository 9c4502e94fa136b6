import { expect, test } from './fixtures.ts';

// Long sessions: 20 virtual runs of 1,000 calls in a row, garbage collected after each (CDP).
// The JS heap after run 20 may exceed the heap after run 1 by less than 5 MB.

const RUNS = 20;
const LIMIT_BYTES = 5 * 1024 * 1024;

test('20 runs of 1,000 calls grow the heap by less than 5 MB', async ({ lab }) => {
  test.setTimeout(180_000);
  await lab.gotoControlled('?calls=100*1000&model=worker-pool&limit=50&speed=100');
  const cdp = await lab.page.context().newCDPSession(lab.page);
  await cdp.send('HeapProfiler.enable');
  const heapAfterGc = async (): Promise<number> => {
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    return usedSize;
  };
  const heap: number[] = [];
  for (let run = 1; run <= RUNS; run += 1) {
    await lab.runToCompletion(30_000);
    await expect(lab.predictedMs).toHaveText('2,000');
    await expect(lab.makespanMs).toHaveText('2,000');
    // Let the charts and the timeline settle after the run before measuring.
    await lab.page.waitForTimeout(200);
    heap.push(await heapAfterGc());
  }
  const first = heap[0] ?? 0;
  const last = heap[RUNS - 1] ?? 0;
  const growth = last - first;
  const mb = (bytes: number): string => (bytes / 1024 / 1024).toFixed(2);
  console.log(
    `heap after run 1: ${mb(first)} MB, after run ${RUNS}: ${mb(last)} MB, growth ${mb(growth)} MB ` +
      `(every run: ${heap.map(mb).join(', ')})`,
  );
  expect(growth).toBeLessThan(LIMIT_BYTES);
});
