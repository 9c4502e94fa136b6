import { describe, expect, it } from 'vitest';
import { ASSUMED_CAPACITY } from './liveTimeScale.ts';
import { planServerLive, preferredServerScale } from './planServerLive.ts';
import { serverPlannedSends } from './serverPlannedSends.ts';
import { serverRunInputOf } from '../server/serverRunInput.ts';
import { simulateServer } from '../server/simulateServer.ts';
import type { TalkPresetName } from '../server/talkPresetNames.ts';
import { presetScenario } from '../server/talkPresets.ts';

const traceOf = (name: TalkPresetName) => simulateServer(serverRunInputOf(presetScenario(name)));

describe('the mocked requests of a live server run', () => {
  it('are each app request, uncompensated, and each upstream call from when the upstream takes it', async () => {
    // gevent 100: 50 requests at 0 and 50 at 500, each with four calls sent at once.
    const sends = serverPlannedSends(await traceOf('talk-gevent-100'));
    expect(sends).toHaveLength(500);
    const app = sends.filter((send) => send.compensated === false);
    expect(app).toHaveLength(100);
    expect(app.filter((send) => send.atMs === 0)).toHaveLength(50);
    expect(app.filter((send) => send.atMs === 500 && send.latencyMs === 500)).toHaveLength(50);
    const calls = sends.filter((send) => send.compensated !== false);
    expect(new Set(calls.map((send) => send.latencyMs))).toEqual(new Set([125, 250, 375, 500]));
    expect(calls.filter((send) => send.atMs === 0)).toHaveLength(200);
  });

  it('a sync request sends its calls one after another, each when the last has ended', async () => {
    const sends = serverPlannedSends(await traceOf('talk-sync-one'));
    expect(sends).toEqual([
      { atMs: 0, latencyMs: 1250, compensated: false },
      { atMs: 0, latencyMs: 125 },
      { atMs: 125, latencyMs: 250 },
      { atMs: 375, latencyMs: 375 },
      { atMs: 750, latencyMs: 500 },
    ]);
  });
});

describe('the live plan of a server run', () => {
  it('compresses a long run to about 5 s at most', () => {
    expect(preferredServerScale(1250)).toBe(1);
    expect(preferredServerScale(6250)).toBe(2);
    expect(preferredServerScale(25_000)).toBe(5);
    expect(preferredServerScale(3_600_000)).toBe(50);
  });

  it.each(['talk-gevent-50', 'talk-gevent-100', 'talk-gevent-200'] as const)(
    'slows %s until its bursts keep time, within two minutes',
    async (name) => {
      const plan = planServerLive(await traceOf(name), ASSUMED_CAPACITY);
      expect(plan.timeScale).toBeLessThan(1 / 10);
      expect(plan.faithful).toBe(true);
      expect(plan.wallMs).toBeLessThanOrEqual(120_000);
      expect(plan.marginMs).toBeGreaterThan(300);
    },
  );

  it('runs the one-request rows at real time or near it, and a slower page slower', async () => {
    const trace = await traceOf('talk-sync-one');
    expect(planServerLive(trace, ASSUMED_CAPACITY).timeScale).toBe(1);
    const slow = planServerLive(trace, { requestCpuMs: 4, overheadMs: 30 });
    expect(slow.timeScale).toBeLessThan(1);
  });

  it("checks the person's own scale, and says before the run that it cannot keep time", async () => {
    const plan = planServerLive(await traceOf('talk-gevent-100'), ASSUMED_CAPACITY, 1);
    expect(plan).toMatchObject({ timeScale: 1, automatic: false, faithful: false });
    expect(plan.problem).toMatch(/^This live run will not keep its timings even at real time: /);
  });
});
