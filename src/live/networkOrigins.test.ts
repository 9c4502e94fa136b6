import { describe, expect, it } from 'vitest';
import { networkOriginsOf, probeNetworkOrigins } from './networkOrigins.ts';

describe('networkOriginsOf', () => {
  it("reads the server's two origins", () => {
    expect(
      networkOriginsOf({ http1: 'http://localhost:4180', h2: 'https://localhost:4181/' }),
    ).toEqual({ http1: 'http://localhost:4180', h2: 'https://localhost:4181' });
  });

  it('is null for anything else: a page, a wrong protocol, a missing origin', () => {
    expect(networkOriginsOf('<!doctype html>')).toBeNull();
    expect(networkOriginsOf({ http1: 'https://a', h2: 'https://b' })).toBeNull();
    expect(networkOriginsOf({ http1: 'http://a' })).toBeNull();
    expect(networkOriginsOf(null)).toBeNull();
  });
});

describe('probeNetworkOrigins', () => {
  it("asks the page's own origin and is null when a static host answers its SPA page", async () => {
    const asked: string[] = [];
    const staticHost = (async (input: URL | RequestInfo) => {
      asked.push(input instanceof URL ? input.href : '?');
      return new Response('<!doctype html><title>Overlap</title>', {
        headers: { 'Content-Type': 'text/html' },
      });
    }) as typeof fetch;
    expect(
      await probeNetworkOrigins('http://localhost:4173/overlap/', { fetch: staticHost }),
    ).toBeNull();
    expect(asked).toEqual(['http://localhost:4173/__overlap/network']);
  });

  it('gives up after its timeout when nothing answers', async () => {
    const silent = ((_: unknown, init?: RequestInit) =>
      new Promise((_resolve, reject) =>
        init?.signal?.addEventListener('abort', () => reject(new Error('aborted'))),
      )) as typeof fetch;
    expect(
      await probeNetworkOrigins('http://localhost/', { fetch: silent, timeoutMs: 5 }),
    ).toBeNull();
  });
});
