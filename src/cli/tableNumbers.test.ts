import { describe, expect, it } from 'vitest';
import { runCliCaptured } from './testing/runCliCaptured.ts';

/** Runs the CLI in-process and returns the lines of its table. */
async function table(query: string): Promise<string[]> {
  const { stdout } = await runCliCaptured(['--table', query]);
  return stdout.split('\n');
}

describe('sim --table numbers from 1, as the call editor does', () => {
  it('numbers the calls and the request from 1, and names the failed call by that number', async () => {
    const lines = await table('model=promise-all&error=business:100');
    expect(lines.slice(1, 6)).toEqual([
      'req  call  service   latency  ready  start  end  wait  status  copies',
      '  1     1  session       125      0      0  125     0  ok      ok',
      '  1     2  business      250      0      0  250     0  failed  error',
      '  1     3  user          375      0      0  375     0  ok      ok',
      '  1     4  reviews       500      0      0  500     0  ok      ok',
    ]);
    expect(lines).toContain('request failed at 250 ms, at call 2 (business); predicted success 0%');
  });

  it('numbers requests, workers and processes from 1 in the server table', async () => {
    // 2 processes x 2 threads: the first four requests start at once, one per worker.
    const lines = await table('lab=server&preset=talk-sync-mix');
    expect(lines.slice(1, 4)).toEqual([
      'req  worker  process  due  sent  start   end  waited  latency',
      '  1       1        1    0     0      0  1250       0     1250',
      '  2       3        2    0     0      0  1250       0     1250',
    ]);
  });
});
