import { describe, expect, it } from 'vitest';
import { runCliCaptured } from './testing/runCliCaptured.ts';

describe('sim CLI with the connection cap', () => {
  it('runs twelve 500 ms calls of promise-all over six connections in two waves, as predicted', async () => {
    const query = 'model=promise-all&calls=500*12&connections=6';
    const { code, stdout, stderr } = await runCliCaptured([query]);
    expect([code, stderr]).toEqual([0, '']);
    const json = JSON.parse(stdout) as {
      scenario: string;
      makespanMs: number;
      predictedMakespanMs: number;
      calls: Array<{ wire?: { queuedMs: number; protocol: string } }>;
    };
    expect(json).toMatchObject({ scenario: query, makespanMs: 1000, predictedMakespanMs: 1000 });
    expect(json.calls[6]?.wire).toMatchObject({ queuedMs: 500, protocol: 'http/1.1' });
  });

  it('runs them in one wave over h2 (never capped), and says what is wrong with a bad connections value', async () => {
    // The virtual engine: `engine=network` from the CLI sends real calls (src/cli/networkEngine.test.ts).
    const h2 = await runCliCaptured(['model=promise-all&calls=500*12&protocol=h2&connections=6']);
    expect((JSON.parse(h2.stdout) as { makespanMs: number }).makespanMs).toBe(500);
    const bad = await runCliCaptured(['connections=0']);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/^sim: connections: "0" is below the minimum of 1; .* from 1 to 64/);
  });
});
