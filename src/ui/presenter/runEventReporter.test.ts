import { describe, expect, it } from 'vitest';
import { DEFAULT_SCENARIO } from '../../core/scenario.ts';
import { createLabCommandBus } from './labCommandBus.ts';
import type { PresenterEvent } from './presenterMessages.ts';
import { ADVANCED_INTERVAL_MS, createRunEventReporter } from './runEventReporter.ts';
import { fakeLab, SUMMARY } from './testing/fakeLab.ts';

/** A reporter over a fake lab, with a hand-cranked wall clock and timers. */
function setup(running = false) {
  const bus = createLabCommandBus();
  const lab = fakeLab({ summary: SUMMARY });
  bus.register(lab.handler);
  if (running) lab.set({ status: 'running', playback: 'playing', nowMs: 40 });
  const events: PresenterEvent[] = [];
  let wallMs = 0;
  let timers: Array<{ atMs: number; callback: () => void }> = [];
  const stop = createRunEventReporter({
    bus,
    scenario: () => ({
      ...DEFAULT_SCENARIO,
      fanOut: { ...DEFAULT_SCENARIO.fanOut, model: 'batches' },
    }),
    post: (event) => events.push(event),
    now: () => wallMs,
    schedule: (callback, delayMs) => {
      const timer = { atMs: wallMs + delayMs, callback };
      timers.push(timer);
      return () => {
        timers = timers.filter((t) => t !== timer);
      };
    },
  });
  const advanceWall = (ms: number): void => {
    wallMs += ms;
    for (const timer of timers.filter((t) => t.atMs <= wallMs)) {
      timers = timers.filter((t) => t !== timer);
      timer.callback();
    }
  };
  const types = (): string[] => events.map((event) => event.type);
  return { lab, events, stop, advanceWall, types };
}

describe('createRunEventReporter', () => {
  it('posts run-started, then the summary when the run is done', () => {
    const { lab, events, types } = setup();
    lab.set({ status: 'running', playback: 'playing' });
    lab.set({ status: 'done', playback: 'stopped', nowMs: 1250 });
    expect(types()).toEqual([
      'overlap:run-started',
      'overlap:advanced',
      'overlap:advanced',
      'overlap:run-finished',
    ]);
    expect(events[0]).toEqual({
      type: 'overlap:run-started',
      lab: 'fanout',
      model: 'batches',
      engine: 'virtual',
    });
    expect(events[2]).toMatchObject({ nowMs: 1250, status: 'done' });
    expect(events[3]).toEqual({ type: 'overlap:run-finished', summary: SUMMARY });
  });

  it('posts advanced at most every ADVANCED_INTERVAL_MS, and always the last position', () => {
    const { lab, events, advanceWall } = setup();
    lab.set({ status: 'running', playback: 'playing' });
    // A replay at 60 frames a second for one second.
    for (let frame = 1; frame <= 60; frame += 1) {
      advanceWall(1000 / 60);
      lab.set({ nowMs: frame * 10 });
    }
    advanceWall(ADVANCED_INTERVAL_MS);
    const advanced = events.filter((event) => event.type === 'overlap:advanced');
    expect(advanced.length).toBeLessThanOrEqual(1 + 1000 / ADVANCED_INTERVAL_MS + 1);
    expect(advanced.at(-1)).toMatchObject({ nowMs: 600 });
  });

  it('posts a step at once when the cursor has been still', () => {
    const { lab, events, advanceWall } = setup();
    lab.set({ status: 'done', nowMs: 1250 });
    advanceWall(1000);
    lab.set({ nowMs: 750, playback: 'paused' });
    expect(events.at(-1)).toEqual({
      type: 'overlap:advanced',
      nowMs: 750,
      status: 'done',
      playback: 'paused',
    });
  });

  it('posts an error when a run fails', () => {
    const { lab, events } = setup();
    lab.set({ status: 'running' });
    lab.set({ status: 'idle', error: 'The run failed: boom' });
    expect(events.at(-1)).toEqual({ type: 'overlap:error', message: 'The run failed: boom' });
  });

  it('says nothing about an idle lab when it starts', () => {
    expect(setup().events).toEqual([]);
  });

  it('reports a run already going when it starts (autorun)', () => {
    const { types } = setup(true);
    expect(types()).toEqual(['overlap:run-started', 'overlap:advanced']);
  });

  it('stops posting once stopped', () => {
    const { lab, events, stop } = setup();
    stop();
    lab.set({ status: 'running' });
    expect(events).toEqual([]);
  });
});
