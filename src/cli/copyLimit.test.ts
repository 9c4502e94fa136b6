import { describe, expect, it } from 'vitest';
import { runCliCaptured } from './testing/runCliCaptured.ts';

/** Runs the CLI in-process on these arguments. */
const sim = (...argv: string[]) => runCliCaptured(argv);

describe('sim and the copies a run may send', () => {
  it('refuses a worst case over MAX_COPIES like any invalid query: exit 1, one stderr line, no run', async () => {
    const { code, stdout, stderr } = await sim('calls=1*50000&error=*:10&retries=10');
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toBe(
      'sim: retries: 50000 calls x 11 copies (the first send and 10 retries) = 550000 copies, ' +
        'more than the 100000 a run may send, so the run uses at most 1 retry instead; use at ' +
        'most 9090 calls to keep 10 retries.\n',
    );
  });
});
