import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_LATENCY_MS } from './latency.ts';
import { MAX_CALLS } from './limits.ts';
import type { FaultKind } from './plannedCall.ts';
import {
  compensatedDelayMs,
  FAULT_STATUS,
  parseUpstreamParams,
  RUN_ID_PATTERN,
  UPSTREAM_PREFIX,
  upstreamCopyAborts,
  upstreamCopyKey,
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

  it('marks a network engine request via=network, which the services ignore', () => {
    const path = upstreamPath(call, 120, 'r1', { viaNetwork: true });
    expect(path).toBe('/upstream/session?ms=120&request=3&index=7&run=r1&via=network');
    const url = new URL(path, 'http://h');
    expect(parseUpstreamParams('session', url.searchParams)).toMatchObject({
      ok: true,
      delayMs: 120,
    });
  });

  it('asks for Connection: close only when told to', () => {
    expect(upstreamPath(call, 120, 'r1', { closeConnection: true })).toBe(
      '/upstream/session?ms=120&request=3&index=7&run=r1&close=1',
    );
    expect(upstreamPath(call, 120, 'r1', { closeConnection: false })).toBe(
      '/upstream/session?ms=120&request=3&index=7&run=r1',
    );
  });

  it('adds the copy and its planned fault only when the call has them', () => {
    expect(upstreamPath({ ...call, attempt: 2, fault: 'error' }, 120, 'r1')).toBe(
      '/upstream/session?ms=120&request=3&index=7&run=r1&attempt=2&fault=error',
    );
    expect(upstreamPath({ ...call, attempt: 0, fault: 'busy', retryAfterS: 3 }, 5, 'r1')).toBe(
      '/upstream/session?ms=5&request=3&index=7&run=r1&attempt=0&fault=busy&retryAfter=3',
    );
    expect(upstreamPath({ ...call, attempt: 1 }, 5, 'r1')).toBe(
      '/upstream/session?ms=5&request=3&index=7&run=r1&attempt=1',
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
        fc.option(fc.nat({ max: 10_000 }), { nil: undefined }),
        fc.option(fc.constantFrom<FaultKind>('error', 'hang', 'busy'), { nil: undefined }),
        fc.nat({ max: 60 }),
        (service, request, index, delayMs, runId, attempt, fault, retryAfterS) => {
          const planned = {
            request,
            index,
            service,
            latencyMs: 1,
            ...(attempt === undefined ? {} : { attempt }),
            ...(fault === undefined ? {} : { fault, retryAfterS }),
          };
          expect(parsePath(upstreamPath(planned, delayMs, runId))).toEqual({
            ok: true,
            service,
            delayMs,
            request,
            index,
            runId,
            attempt: attempt ?? 0,
            fault: fault ?? null,
            retryAfterS: fault === 'busy' ? retryAfterS : null,
            closeConnection: false,
          });
        },
      ),
    );
  });
});

describe('parseUpstreamParams', () => {
  it('needs only ms: request, index and attempt default to 0, the run id to "", no fault', () => {
    expect(parsePath('/upstream/user?ms=0')).toEqual({
      ok: true,
      service: 'user',
      delayMs: 0,
      request: 0,
      index: 0,
      runId: '',
      attempt: 0,
      fault: null,
      retryAfterS: null,
      closeConnection: false,
    });
  });

  it('reads close=1 as a request to close the connection after the answer, close=0 as keep-alive', () => {
    expect(parsePath('/upstream/user?ms=5&close=1')).toMatchObject({
      ok: true,
      closeConnection: true,
    });
    expect(parsePath('/upstream/user?ms=5&close=0')).toMatchObject({
      ok: true,
      closeConnection: false,
    });
    expect(parsePath(upstreamPath(call, 5, 'r1', { closeConnection: true }))).toMatchObject({
      ok: true,
      closeConnection: true,
    });
  });

  it('reads a busy fault without retryAfter as Retry-After 0', () => {
    expect(parsePath('/upstream/user?ms=5&fault=busy')).toMatchObject({
      ok: true,
      fault: 'busy',
      retryAfterS: 0,
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
    ['?ms=1&attempt=10001', /"attempt" .* from 0 to 10000, but "10001" is above/],
    ['?ms=1&attempt=-1', /"attempt" .* but "-1" is below the minimum of 0/],
    ['?ms=1&fault=', /"fault" query parameter must be "error", "hang" or "busy" .* but it was ""/],
    ['?ms=1&fault=Error', /"fault" .* but it was "Error"/],
    ['?ms=1&retryAfter=1', /"retryAfter" query parameter only goes with fault=busy .* absent/],
    ['?ms=1&fault=hang&retryAfter=1', /"retryAfter" .* only goes with fault=busy .* "hang"/],
    ['?ms=1&fault=busy&retryAfter=61', /"retryAfter" .* from 0 to 60, but "61" is above/],
    ['?ms=1&fault=busy&retryAfter=1.5', /"retryAfter" .* but "1.5" is not a whole number/],
    ['?ms=1&close=yes', /"close" query parameter must be "1" .* or "0" .* but it was "yes"/],
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

describe('FAULT_STATUS', () => {
  it('answers each planned fault as docs/faults.md says', () => {
    expect(FAULT_STATUS).toEqual({ error: 500, hang: 504, busy: 429 });
  });
});

describe('upstreamCopyAborts', () => {
  it('holds a copy’s signal until it is unwatched, and names copies apart', () => {
    const key = upstreamCopyKey({ runId: 'r9', request: 1, index: 2, attempt: 3 });
    expect(key).not.toBe(upstreamCopyKey({ runId: 'r9', request: 1, index: 2, attempt: 4 }));
    const signal = new AbortController().signal;
    const unwatch = upstreamCopyAborts.watch(key, signal);
    expect(upstreamCopyAborts.signalOf(key)).toBe(signal);
    // A second watcher of the same key does not take it over, nor remove the first.
    upstreamCopyAborts.watch(key, new AbortController().signal)();
    expect(upstreamCopyAborts.signalOf(key)).toBe(signal);
    unwatch();
    expect(upstreamCopyAborts.signalOf(key)).toBeUndefined();
  });
});
