import { Agent } from 'node:http';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createUpstreamServers, type UpstreamServers } from './createUpstreamServers.ts';
import { h2Get, h2Session, http1Get } from './testing/rawHttp.ts';

// Real sockets on ephemeral loopback ports; a throwaway dist/ with a secret file beside it.
let root = '';
let servers: UpstreamServers;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'overlap-server-'));
  const dist = join(root, 'dist');
  mkdirSync(join(dist, 'assets'), { recursive: true });
  writeFileSync(join(dist, 'index.html'), '<!doctype html><title>Overlap</title>');
  writeFileSync(join(dist, 'assets', 'app-1234.js'), 'console.log(1);');
  writeFileSync(join(dist, 'mockServiceWorker.js'), '// worker');
  writeFileSync(join(root, 'secret.txt'), 'the secret');
  servers = await createUpstreamServers({
    port: 0,
    h2Port: 0,
    distDir: dist,
    certDir: join(root, 'cert'),
  });
});

afterAll(async () => {
  await servers.close();
  rmSync(root, { recursive: true, force: true });
});

const http1Port = () => servers.port ?? 0;
const h2Origin = () => servers.origins().h2 ?? '';
const upstream = (query: string) => http1Get(http1Port(), `/upstream/session${query}`);

describe('the upstream services over HTTP/1.1', () => {
  it('answer no sooner than the latency asked for, with the MSW body', async () => {
    const answer = await upstream('?ms=150&index=2');
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body)).toEqual({ service: 'session', index: 2, latencyMs: 150 });
    // The client sent before the server started waiting: its elapsed time bounds the wait.
    expect(answer.doneAtMs - answer.sentAtMs).toBeGreaterThanOrEqual(150);
  });

  it('let any origin read the answers, their timing and Retry-After, never cached', async () => {
    const answer = await upstream('?ms=0');
    expect(answer.headers).toMatchObject({
      'access-control-allow-origin': '*',
      'timing-allow-origin': '*',
      'access-control-expose-headers': 'Retry-After',
      'cache-control': 'no-store',
      'content-type': 'application/json; charset=utf-8',
    });
  });

  it('answer the planned faults: 500, 504 after the hang, 429 with Retry-After', async () => {
    const [error, hang, busy] = await Promise.all([
      upstream('?ms=20&fault=error'),
      upstream('?ms=30&fault=hang'),
      upstream('?ms=0&fault=busy&retryAfter=4'),
    ]);
    expect(error.status).toBe(500);
    expect(JSON.parse(error.body)).toMatchObject({ fault: 'error' });
    expect(error.doneAtMs - error.sentAtMs).toBeGreaterThanOrEqual(20);
    expect(hang.status).toBe(504);
    expect(JSON.parse(hang.body)).toMatchObject({
      error: expect.stringMatching(/gave up after 30 ms/),
      fault: 'hang',
    });
    expect(hang.doneAtMs - hang.sentAtMs).toBeGreaterThanOrEqual(30);
    expect(busy.status).toBe(429);
    expect(busy.headers['retry-after']).toBe('4');
  });

  it('refuse a malformed latency at once with 400 and the sentence that says what to send', async () => {
    for (const query of ['?ms=abc', '?ms=-5', '?ms=600001', '', '?ms=5&close=yes']) {
      const answer = await upstream(query);
      expect(answer.status).toBe(400);
      expect(JSON.parse(answer.body)).toEqual({
        error: expect.stringMatching(/query parameter must be .*Call \/upstream\//),
      });
      expect(answer.headers['access-control-allow-origin']).toBe('*');
    }
  });

  it('stop the timer as soon as the client aborts', async () => {
    const controller = new AbortController();
    const sending = fetch(`${servers.origins().http1}/upstream/session?ms=10000`, {
      signal: controller.signal,
    });
    await vi.waitFor(() => expect(servers.pendingTimerCount()).toBe(1));
    controller.abort();
    await expect(sending).rejects.toThrow(/abort/i);
    await vi.waitFor(() => expect(servers.pendingTimerCount()).toBe(0));
  });

  it('keep the connection alive, or close it after the answer when asked (close=1)', async () => {
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    try {
      const first = await http1Get(http1Port(), '/upstream/session?ms=0', { agent });
      const second = await http1Get(http1Port(), '/upstream/session?ms=0&close=1', { agent });
      const third = await http1Get(http1Port(), '/upstream/session?ms=0', { agent });
      expect(first.headers['connection']).toBe('keep-alive');
      expect([first.reusedSocket, second.reusedSocket]).toEqual([false, true]);
      expect(second.headers['connection']).toBe('close');
      // The server closed the socket after close=1: the next call opened a new one.
      expect(third.reusedSocket).toBe(false);
    } finally {
      agent.destroy();
    }
  });

  it('answer a CORS preflight', async () => {
    const answer = await http1Get(http1Port(), '/upstream/session?ms=0', { method: 'OPTIONS' });
    expect(answer.status).toBe(204);
    expect(answer.headers).toMatchObject({
      'access-control-allow-origin': '*',
      'access-control-allow-methods': 'GET, HEAD, OPTIONS',
    });
  });

  it('tell a page both upstream origins', async () => {
    const answer = await http1Get(http1Port(), '/__overlap/network');
    expect(answer.headers['access-control-allow-origin']).toBe('*');
    expect(JSON.parse(answer.body)).toEqual({
      http1: `http://localhost:${http1Port()}`,
      h2: `https://localhost:${servers.h2Port ?? 0}`,
    });
  });
});

describe('the app from dist/', () => {
  it('serves files with their content type, and index.html for an unknown page path', async () => {
    const script = await http1Get(http1Port(), '/assets/app-1234.js');
    expect(script.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(script.body).toBe('console.log(1);');
    for (const path of ['/', '/?model=promise-all', '/some/deep/page']) {
      const page = await http1Get(http1Port(), path);
      expect(page.status).toBe(200);
      expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(page.body).toContain('<title>Overlap</title>');
    }
  });

  it('refuses a request target that is no URL path, and keeps serving', async () => {
    expect((await http1Get(http1Port(), '//[')).status).toBe(400);
    expect((await http1Get(http1Port(), '/')).status).toBe(200);
  });

  it('answers 404 for a missing asset rather than the page', async () => {
    expect((await http1Get(http1Port(), '/assets/gone.js')).status).toBe(404);
  });

  it('never serves a file outside dist/', async () => {
    for (const path of [
      '/../secret.txt',
      '/..%2fsecret.txt',
      '/%2e%2e/secret.txt',
      '/assets/..%2f..%2fsecret.txt',
      '/a%00b',
    ]) {
      const answer = await http1Get(http1Port(), path);
      expect(answer.body).not.toContain('the secret');
      expect([403, 404]).toContain(answer.status);
    }
  });
});

describe('the HTTP/2 server', () => {
  it('negotiates h2 over TLS and serves the same upstream and app', async () => {
    const session = await h2Session(h2Origin());
    try {
      expect(session.alpnProtocol).toBe('h2');
      const answer = await h2Get(session, '/upstream/user?ms=60&index=1');
      expect(answer.status).toBe(200);
      expect(JSON.parse(answer.body)).toEqual({ service: 'user', index: 1, latencyMs: 60 });
      expect(answer.doneAtMs - answer.sentAtMs).toBeGreaterThanOrEqual(60);
      expect(answer.headers['timing-allow-origin']).toBe('*');
      const busy = await h2Get(session, '/upstream/user?ms=0&fault=busy&retryAfter=2');
      expect([busy.status, busy.headers['retry-after']]).toEqual([429, '2']);
      const refused = await h2Get(session, '/upstream/user?ms=1.5');
      expect(refused.status).toBe(400);
      // close=1 means nothing over h2 (no Connection header is allowed there): a plain 200.
      expect((await h2Get(session, '/upstream/user?ms=0&close=1')).status).toBe(200);
      expect((await h2Get(session, '/some/page')).body).toContain('<title>Overlap</title>');
    } finally {
      session.close();
    }
  });

  it('multiplexes calls on one connection: twelve wait on the server at once', async () => {
    const session = await h2Session(h2Origin());
    try {
      const answers = Promise.all(
        Array.from({ length: 12 }, (_, index) =>
          h2Get(session, `/upstream/s?ms=1000&index=${index}`),
        ),
      );
      // All twelve are waiting on the server together (not one after another): one wave.
      await vi.waitFor(() => expect(servers.pendingTimerCount()).toBe(12));
      expect((await answers).map((answer) => answer.status)).toEqual(Array(12).fill(200));
    } finally {
      session.close();
    }
  });

  it('stops the timer when the client resets the stream', async () => {
    const session = await h2Session(h2Origin());
    try {
      const stream = session.request({ ':path': '/upstream/user?ms=10000' });
      stream.on('error', () => undefined);
      stream.end();
      await vi.waitFor(() => expect(servers.pendingTimerCount()).toBe(1));
      stream.close();
      await vi.waitFor(() => expect(servers.pendingTimerCount()).toBe(0));
    } finally {
      session.close();
    }
  });
  it('outlives a client whose connection is torn down mid-call, and stops that call’s timer', async () => {
    const doomed = await h2Session(h2Origin());
    doomed.on('error', () => undefined);
    const stream = doomed.request({ ':path': '/upstream/user?ms=10000' });
    stream.on('error', () => undefined);
    stream.end();
    await vi.waitFor(() => expect(servers.pendingTimerCount()).toBe(1));
    doomed.destroy();
    await vi.waitFor(() => expect(servers.pendingTimerCount()).toBe(0));
    const next = await h2Session(h2Origin());
    try {
      expect((await h2Get(next, '/upstream/user?ms=0')).status).toBe(200);
    } finally {
      next.close();
    }
  });
});

describe('stopping', () => {
  it('clears every pending wait and closes busy connections', async () => {
    const own = await createUpstreamServers({
      port: 0,
      h2Port: 0,
      distDir: null,
      certDir: join(root, 'cert'),
    });
    const inFlight = fetch(`${own.origins().http1}/upstream/session?ms=10000`).catch(
      (error: unknown) => error,
    );
    await vi.waitFor(() => expect(own.pendingTimerCount()).toBe(1));
    expect(await own.close()).toBe(1);
    expect(own.pendingTimerCount()).toBe(0);
    // The client sees its connection dropped, not an answer 10 s later.
    expect(await inFlight).toBeInstanceOf(Error);
  });

  it('says which port is taken', async () => {
    await expect(
      createUpstreamServers({
        port: http1Port(),
        h2Port: 0,
        distDir: null,
        certDir: join(root, 'cert'),
      }),
    ).rejects.toThrow(`Port ${http1Port()} (PORT) is already in use`);
  });
});
