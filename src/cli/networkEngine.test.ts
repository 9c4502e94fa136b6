import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createUpstreamServers, type UpstreamServers } from '../server/createUpstreamServers.ts';
import { runCliCaptured } from './testing/runCliCaptured.ts';

// A real upstream (src/server) on an ephemeral loopback port, as `npm start` runs it.
let upstream: UpstreamServers;
beforeAll(async () => {
  upstream = await createUpstreamServers({
    port: 0,
    h2Port: null,
    distDir: null,
    certDir: join(tmpdir(), 'overlap-cli-cert'),
  });
});
afterAll(async () => {
  await upstream.close();
});

interface CallRecord {
  readonly index: number;
  readonly latencyMs: number;
  readonly startedAtMs: number;
  readonly endedAtMs: number;
  readonly status: string;
}
interface NetworkJson {
  readonly scenario: string;
  readonly engine: string;
  readonly upstream: string;
  readonly makespanMs: number;
  readonly predictedMakespanMs: number | null;
  readonly peakCallsInFlight: number;
  readonly outcome: { readonly status: string };
  readonly calls: readonly CallRecord[];
}

const onNetwork = async (query: string, ...flags: string[]) => {
  const run = await runCliCaptured([...flags, '--upstream', upstream.origins().http1, query]);
  return {
    ...run,
    json:
      run.code === 0 && !flags.includes('--table') ? (JSON.parse(run.stdout) as NetworkJson) : null,
  };
};

describe('sim CLI with engine=network (Node fetch against the real upstream)', () => {
  it('sends twelve calls at once over twelve connections: one wave, no six-connection cap', async () => {
    const running = onNetwork('model=promise-all&calls=300*12&engine=network');
    // All twelve wait on the server at the same time: Node's fetch queued none of them.
    await vi.waitFor(() => expect(upstream.pendingTimerCount()).toBe(12));
    const { code, json, stderr } = await running;
    expect(code).toBe(0);
    expect(json).toMatchObject({
      scenario: 'model=promise-all&calls=300*12&engine=network',
      engine: 'network',
      upstream: upstream.origins().http1,
      predictedMakespanMs: 300,
      peakCallsInFlight: 12,
      outcome: { status: 'ok' },
    });
    const calls = json?.calls ?? [];
    // Each call took at least what it asked the server for (the server never answers early).
    expect(calls.every((call) => call.endedAtMs - call.startedAtMs >= call.latencyMs)).toBe(true);
    expect(stderr).toMatch(/^sim: note: Node's fetch has no six-connection cap/);
  });

  it('runs the model’s own code: sequential calls follow each other', async () => {
    const { json } = await onNetwork('model=sequential&calls=30,60,90&engine=network');
    const calls = json?.calls ?? [];
    expect(calls.map((call) => call.status)).toEqual(['ok', 'ok', 'ok']);
    for (let index = 1; index < calls.length; index += 1) {
      expect(calls[index]?.startedAtMs).toBeGreaterThanOrEqual(
        calls[index - 1]?.endedAtMs ?? Infinity,
      );
    }
    expect(json?.makespanMs).toBeGreaterThanOrEqual(180);
  });

  it('gets the planned faults from the server as the virtual engine plans them', async () => {
    const query = 'model=promise-all&calls=40,80&error=session:100&engine=network';
    const { json } = await onNetwork(query);
    expect(json?.outcome.status).toBe('failed');
    expect(json?.calls.map((call) => call.status)).toEqual(['failed', 'ok']);
  });

  it('says what it ran on and why it differs from a browser, in the table too', async () => {
    const { code, stdout } = await onNetwork(
      'model=promise-all&calls=10*3&engine=network',
      '--table',
    );
    expect(code).toBe(0);
    expect(stdout).toContain(
      `engine: network, Node's fetch over HTTP/1.1 to ${upstream.origins().http1}`,
    );
    expect(stdout).toMatch(/note: Node's fetch has no six-connection cap.*~1000 ms/);
  });

  it('starts its own upstream in the process when none is given, and stops it', async () => {
    const { code, stdout } = await runCliCaptured([
      '--table',
      'model=promise-all&calls=10,20&engine=network',
    ]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/to http:\/\/localhost:\d+ \(started in this process\)/);
  });

  it.each([
    [['--upstream', 'https://localhost:4181', 'engine=network'], /must be an http: origin/],
    [['--upstream', 'localhost', 'engine=network'], /is not a URL/],
    [['--upstream'], /--upstream needs a value/],
    [
      ['--upstream', 'http://localhost:4180', 'model=sequential'],
      /--upstream goes with engine=network/,
    ],
  ])('refuses %j as bad usage, saying what to pass', async (argv, problem) => {
    const { code, stderr } = await runCliCaptured(argv);
    expect(code).toBe(2);
    expect(stderr).toMatch(problem);
  });

  it('fails with what to do when the upstream is not there, or for the Server lab', async () => {
    const closed = await createUpstreamServers({
      port: 0,
      h2Port: null,
      distDir: null,
      certDir: '',
    });
    const gone = closed.origins().http1;
    await closed.close();
    const unreachable = await runCliCaptured(['--upstream', gone, 'engine=network']);
    expect(unreachable.code).toBe(1);
    expect(unreachable.stderr).toMatch(/did not answer .*start it with `npm start`/);
    const server = await onNetwork('lab=server&engine=network');
    expect(server.code).toBe(1);
    expect(server.stderr).toMatch(/Server lab's load test .* runs on the virtual engine/);
  });
});
