import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createUpstreamHandlers, UPSTREAM_PATH } from '../mocks/handlers.ts';
import type { Millis } from '../core/clock.ts';
import type { PlannedCall } from '../core/plannedCall.ts';
import {
  calibrate,
  CAPACITY_BURST,
  CAPACITY_BURSTS,
  compensationMarginMs,
  keptSamples,
  MAX_CALIBRATION_ATTEMPTS,
  MAX_STABLE_SPREAD_MS,
  quantile,
  requestCpuMsOf,
  summarise,
} from './calibrate.ts';
import { HOP_SLACK_MS, watchTimerLateness } from './testing/timerLateness.ts';
import { WARM_UP_BURST } from './warmMockPath.ts';

const server = setupServer(...createUpstreamHandlers());
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

describe('quantile', () => {
  it('interpolates between sorted values', () => {
    expect(quantile([], 0.5)).toBe(0);
    expect(quantile([7], 0.9)).toBe(7);
    expect(quantile([1, 2, 3, 4], 0.5)).toBe(2.5);
    expect(quantile([0, 10], 0.1)).toBe(1);
    expect(quantile([0, 10], 0.9)).toBe(9);
  });
});

describe('compensationMarginMs', () => {
  it('is twice the overhead plus its spread', () => {
    expect(compensationMarginMs({ overheadMs: 5, spreadMs: 1.5, samples: 12 })).toBe(13);
  });
});

describe('calibrate', () => {
  it('measures the time a mocked call adds to its delay, after warm-up requests', async () => {
    const services: string[] = [];
    server.events.on('request:start', ({ request }) => {
      services.push(new URL(request.url).pathname.split('/').pop() ?? '');
    });
    const lateness = watchTimerLateness();
    const calibration = await calibrate({ baseUrl: 'http://localhost', samples: 5, warmUps: 2 });
    const lateMs = lateness.stop();
    server.events.removeAllListeners();
    const warmUps = 2 + WARM_UP_BURST;
    expect(services.slice(0, warmUps)).toEqual(Array(warmUps).fill('warm-up'));
    const attempts = calibration.attempts ?? 0;
    expect(services).toHaveLength(warmUps + 5 * attempts + CAPACITY_BURST * CAPACITY_BURSTS);
    expect(calibration.samples).toBeGreaterThan(0);
    expect(calibration.samples).toBeLessThanOrEqual(5);
    expect(calibration.overheadMs).toBeGreaterThan(0);
    expect(calibration.requestCpuMs).toBeGreaterThan(0);
    // A sample is one mocked hop: no larger than what delayed plain timers beside it, plus a hop.
    expect(calibration.overheadMs).toBeLessThanOrEqual(lateMs + HOP_SLACK_MS);
    expect(calibration.spreadMs).toBeGreaterThanOrEqual(0);
  });

  it('sees an overhead that a slower mock adds', async () => {
    server.use(
      http.get(UPSTREAM_PATH, async ({ request }) => {
        const ms = Number(new URL(request.url).searchParams.get('ms'));
        await new Promise((resolve) => setTimeout(resolve, ms + 15));
        return HttpResponse.json({});
      }),
    );
    const calibration = await calibrate({ baseUrl: 'http://localhost', samples: 3, delayMs: 5 });
    expect(calibration.overheadMs).toBeGreaterThanOrEqual(14);
  });

  it('fails with the transport’s explanation when the mocks cannot be reached', async () => {
    server.use(http.get(UPSTREAM_PATH, () => HttpResponse.error()));
    await expect(calibrate({ baseUrl: 'http://localhost' })).rejects.toThrow(
      /could not reach the mocked service/,
    );
  });
});

/**
 * A mocked service on a fake clock: a lone call takes its latency plus the next of `overheadsMs`
 * (then the last one again); calls sent together queue behind each other at `requestCpuMs` each,
 * as on the page's main thread. Records every call, and the most in flight at once.
 */
function fakeMock(overheadsMs: readonly Millis[], requestCpuMs = 1) {
  let nowMs = 0;
  let next = 0;
  let inFlight = 0;
  let peakInFlight = 0;
  let burstEndMs = 0;
  const calls: PlannedCall[] = [];
  const transport = async (call: PlannedCall) => {
    calls.push(call);
    inFlight += 1;
    peakInFlight = Math.max(peakInFlight, inFlight);
    const startedAtMs = nowMs;
    const overheadMs = overheadsMs[Math.min(next, overheadsMs.length - 1)] as Millis;
    next += call.latencyMs === 0 ? 0 : 1;
    burstEndMs = Math.max(burstEndMs, startedAtMs) + requestCpuMs;
    await Promise.resolve();
    inFlight -= 1;
    nowMs = Math.max(nowMs, startedAtMs + call.latencyMs + overheadMs, burstEndMs);
  };
  return { transport, now: () => nowMs, calls, peakInFlight: () => peakInFlight };
}

const fakeOptions = (mock: ReturnType<typeof fakeMock>) => ({
  baseUrl: 'http://localhost',
  samples: 8,
  transport: mock.transport,
  now: mock.now,
});

describe('calibrate on a fake clock', () => {
  it('warms the mock path, with a burst of concurrent requests, before it measures', async () => {
    const mock = fakeMock([5]);
    await calibrate(fakeOptions(mock));
    const firstMeasured = mock.calls.findIndex((call) => call.service === 'calibration');
    expect(firstMeasured).toBe(3 + WARM_UP_BURST);
    expect(mock.calls.slice(0, firstMeasured).every((c) => c.service === 'warm-up')).toBe(true);
    expect(mock.peakInFlight()).toBeGreaterThanOrEqual(WARM_UP_BURST);
  });

  it('drops an outlier from the overhead and its spread', async () => {
    const calibration = await calibrate(fakeOptions(fakeMock([5, 5, 6, 90, 5, 6, 5, 6])));
    // With the 90 kept, the median of the eight would be 5.5 and the spread over 30 ms.
    expect(calibration.overheadMs).toBe(5);
    expect(calibration.spreadMs).toBeLessThanOrEqual(1);
    expect(calibration.samples).toBe(7);
    expect(calibration.attempts).toBe(1);
    expect(calibration.unstable).toBe(false);
  });

  it('measures again while the spread is too large, and keeps the steady attempt', async () => {
    const wide = [2, 9, 3, 12, 4, 14, 2, 11];
    const calibration = await calibrate(fakeOptions(fakeMock([...wide, 8, 8, 8, 8, 9, 9, 9, 9])));
    expect(calibration.attempts).toBe(2);
    expect(calibration.unstable).toBe(false);
    expect(calibration.overheadMs).toBe(8.5);
  });

  it('says it is unstable when every attempt spreads too wide', async () => {
    const wide = [2, 9, 3, 12, 4, 14, 2, 11];
    const mock = fakeMock(Array.from({ length: MAX_CALIBRATION_ATTEMPTS }, () => wide).flat());
    const calibration = await calibrate(fakeOptions(mock));
    expect(calibration.attempts).toBe(MAX_CALIBRATION_ATTEMPTS);
    expect(calibration.unstable).toBe(true);
    expect(calibration.spreadMs).toBeGreaterThan(MAX_STABLE_SPREAD_MS);
  });

  it('measures the page’s cost per request from bursts sent at once', async () => {
    const calibration = await calibrate(fakeOptions(fakeMock([4], 1.5)));
    // Each burst of CAPACITY_BURST takes the lone overhead (4) or its queue, whichever is longer.
    expect(calibration.requestCpuMs).toBeCloseTo((CAPACITY_BURST * 1.5 - 4) / CAPACITY_BURST, 6);
  });
});

describe('keptSamples', () => {
  it('drops values beyond Tukey’s fences and keeps a uniformly slower set whole', () => {
    expect(keptSamples([10, 11, 10, 12, 11, 60, 10, 11])).toEqual([10, 10, 10, 11, 11, 11, 12]);
    expect(keptSamples([1, 30, 10, 20])).toEqual([1, 10, 20, 30]);
    expect(keptSamples([])).toEqual([]);
  });
});

describe('summarise', () => {
  it('takes the median and the p90 - p10 spread of the kept samples', () => {
    expect(summarise([4, 4, 4, 4, 40])).toEqual({ overheadMs: 4, spreadMs: 0, samples: 4 });
  });
});

describe('requestCpuMsOf', () => {
  it('spreads a burst’s time beyond a lone request’s over its requests, never below 0.1 ms', () => {
    expect(requestCpuMsOf(48, 10, 32)).toBeCloseTo(38 / 32, 9);
    expect(requestCpuMsOf(8, 10, 32)).toBe(0.1);
  });
});
