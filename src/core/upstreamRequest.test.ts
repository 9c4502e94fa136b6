import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_LATENCY_MS } from './latency.ts';
import { MAX_CALLS } from './limits.ts';
import {
  compensatedDelayMs,
  parseUpstreamParams,
  RUN_ID_PATTERN,
  UPSTREAM_PREFIX,
  upstreamPath,
  type UpstreamParse,
} from './upstreamRequest.ts';

/** What a handler sees: the decoded `:service` segment and the query. */
function parsePath(path: string): UpstreamParse {
  const url = new URL(path, 'http://localhost');
  const service = decodeURIComponent(url.pathname.slice(UPSTREAM_PREFIX.length));
  return parseUpstreamParams(service, url.searchParams);
}

const call = { request: 3, index: 7, service: 'session', latencyMs: 125 };

describe('compensatedDelayMs', () => {
  it('asks for whole ms, never below 0', () => {
    expect(compensatedDelayMs(125, 0)).toBe(125);
    expect(compensatedDelayMs(125, 9.6)).toBe(115);
    expect(compensatedDelayMs(5, 9.6)).toBe(0);
  });
});

describe('upstreamPath', () => {
  it('asks the service for the given delay and names the call and the run', () => {
    expect(upstreamPath(call, 120, 'r1-x')).toBe(
      '/upstream/session?ms=120&request=3&index=7&run=r1-x',
    );
  });

  it('round-trips through parseUpstreamParams for every valid call', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^[A-Za-z][A-Za-z0-9_-]{0,31}$/),
        fc.nat({ max: Number.MAX_SAFE_INTEGER }),
        fc.nat({ max: MAX_CALLS - 1 }),
        fc.nat({ max: MAX_LATENCY_MS }),
        fc.stringMatching(RUN_ID_PATTERN),
        (service, request, index, delayMs, runId) => {
          const path = upstreamPath({ request, index, service, latencyMs: 1 }, delayMs, runId);
          expect(parsePath(path)).toEqual({ ok: true, service, delayMs, request, index, runId });
        },
      ),
    );
  });
});

describe('parseUpstreamParams', () => {
  it('needs only ms: request and index default to 0, the run id to ""', () => {
    expect(parsePath('/upstream/user?ms=0')).toEqual({
      ok: true,
      service: 'user',
      delayMs: 0,
      request: 0,
      index: 0,
      runId: '',
    });
  });

  it.each([
    ['', /"ms" query parameter must be a whole number from 0 to 600000, but it was missing/],
    ['?ms=', /"ms" .* but "" is empty/],
    ['?ms=-1', /"ms" .* but "-1" is below the minimum of 0/],
    ['?ms=1.5', /"ms" .* but "1.5" is not a whole number/],
    ['?ms=1e3', /"ms" .* but "1e3" is not a whole number/],
    ['?ms=600001', /"ms" .* but "600001" is above the maximum of 600000/],
    ['?ms=1&index=100000', /"index" .* from 0 to 99999, but "100000" is above/],
    ['?ms=1&request=x', /"request" .* but "x" is not a whole number/],
    ['?ms=1&run=', /"run" query parameter must be 1 to 64 letters/],
    ['?ms=1&run=a/b', /"run" .* but it was "a\/b"/],
  ])('refuses %j, saying which parameter, why, and what to send', (query, problem) => {
    const parsed = parsePath(`/upstream/user${query}`);
    expect(parsed).toEqual({ ok: false, problem: expect.stringMatching(problem) });
    expect(parsed.ok || parsed.problem.endsWith('(only ms is required).')).toBe(true);
  });

  it('refuses a service name the scenario could not hold', () => {
    for (const service of ['', '9lives', 'a b', 'x'.repeat(33)]) {
      const parsed = parseUpstreamParams(service, new URLSearchParams('ms=1'));
      expect(parsed).toEqual({
        ok: false,
        problem: expect.stringMatching(/service name .* not valid/),
      });
    }
  });
});
