import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createUpstreamHandlers, UPSTREAM_PATH } from '../mocks/handlers.ts';
import { calibrate, compensationMarginMs, quantile } from './calibrate.ts';
import { HOP_SLACK_MS, watchTimerLateness } from './testing/timerLateness.ts';

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
    let requests = 0;
    server.events.on('request:start', () => (requests += 1));
    const lateness = watchTimerLateness();
    const calibration = await calibrate({ baseUrl: 'http://localhost', samples: 5, warmUps: 2 });
    const lateMs = lateness.stop();
    server.events.removeAllListeners();
    expect(requests).toBe(7);
    expect(calibration.samples).toBe(5);
    expect(calibration.overheadMs).toBeGreaterThan(0);
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
