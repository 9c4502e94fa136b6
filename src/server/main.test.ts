import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { h2Get, h2Session } from './testing/rawHttp.ts';

// The real `npm start` process (tsx src/server/main.ts), without the build step.
const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const tsx = join(repoRoot, 'node_modules', '.bin', 'tsx');

interface Started {
  readonly child: ChildProcess;
  output: string;
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

const started: Started[] = [];
afterEach(() => {
  for (const { child } of started.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
});

function start(env: Record<string, string>): Started {
  const child = spawn(tsx, ['src/server/main.ts', '--no-build'], {
    cwd: repoRoot,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const run: Started = {
    child,
    output: '',
    exited: new Promise((resolve) =>
      child.once('exit', (code, signal) => resolve({ code, signal })),
    ),
  };
  child.stdout?.on('data', (chunk: Buffer) => (run.output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (run.output += chunk.toString()));
  started.push(run);
  return run;
}

/** Resolves with the first match of `pattern` in the process's output. */
async function waitForOutput(run: Started, pattern: RegExp): Promise<RegExpMatchArray> {
  for (;;) {
    const match = run.output.match(pattern);
    if (match) return match;
    if (run.child.exitCode !== null) throw new Error(`exited early: ${run.output}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('npm start (src/server/main.ts)', () => {
  it.each(['SIGTERM', 'SIGINT'] as const)(
    'stops on %s during a 10 s call: exit code 0, the call’s timer cleared, none left',
    async (signal) => {
      const run = start({ PORT: '0', H2_PORT: '0' });
      const [, h2Port] = await waitForOutput(run, /HTTP\/2: +https:\/\/localhost:(\d+)\//);
      const session = await h2Session(`https://localhost:${h2Port}`);
      session.on('error', () => undefined);
      const sentAtMs = performance.now();
      const stream = session.request({ ':path': '/upstream/session?ms=10000' });
      stream.on('error', () => undefined);
      stream.end();
      // Streams of one session are handled in order: once this answer is back, the server has
      // armed the 10 s call's timer.
      expect((await h2Get(session, '/upstream/session?ms=0')).status).toBe(200);
      run.child.kill(signal);
      const exit = await run.exited;
      const stoppedAfterMs = performance.now() - sentAtMs;
      session.destroy();
      expect(exit).toEqual({ code: 0, signal: null });
      // It did not wait for the 10 s answer: it cleared that timer and no other was left.
      expect(stoppedAfterMs).toBeLessThan(10_000);
      expect(run.output).toMatch(
        /Stopped: 1 pending upstream timers cleared, 0 pending timers left\./,
      );
    },
  );

  it('refuses a bad PORT, saying what to set', async () => {
    const run = start({ PORT: 'eighty', H2_PORT: '0' });
    expect((await run.exited).code).toBe(2);
    expect(run.output).toMatch(/PORT must be a port number from 1 to 65535.*PORT=4180/);
  });

  it('says which port is in use', async () => {
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    const address = taken.address();
    const port = typeof address === 'object' && address !== null ? address.port : 0;
    try {
      const run = start({ PORT: '0', H2_PORT: String(port) });
      expect((await run.exited).code).toBe(1);
      expect(run.output).toContain(`Port ${port} (H2_PORT) is already in use`);
    } finally {
      taken.close();
    }
  });
});
