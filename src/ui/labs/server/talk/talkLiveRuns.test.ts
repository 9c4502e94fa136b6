import { describe, expect, it, vi } from 'vitest';
import { simulateServer } from '../../../../core/server/simulateServer.ts';
import { createTalkLiveRuns, TALK_ROW_LEFT_NOTE } from './talkLiveRuns.ts';
import { QUIET_RUN, scriptedLiveServer } from '../../../run/testing/scriptedLiveServer.ts';

describe('talk live runs', () => {
  it('runs a row live at the scale the planner picks (real time here), and keeps its result', async () => {
    const { port, runs } = scriptedLiveServer();
    const talk = createTalkLiveRuns(port);
    talk.run('talk-sync-basic');
    await vi.waitFor(() => expect(runs).toHaveLength(1));
    const run = runs[0]!;
    // 25 s at real time: hammer's 20 requests reach the mocked app at once (about 25 ms of the
    // page), and at 2x the first 125 ms call, sent behind them, would not be back in time.
    expect(run.options).toMatchObject({ timeScale: 1, compensate: true });
    expect(talk.getSnapshot().get('talk-sync-basic')).toEqual({
      status: 'running',
      completed: 0,
      total: 20,
      timeScale: 1,
    });
    run.options.onEvent({
      type: 'request-ended',
      span: {
        index: 0,
        intendedAtMs: 0,
        sentAtMs: 0,
        startedAtMs: 0,
        freedAtMs: 1260,
        endedAtMs: 1270,
        worker: 0,
        process: 0,
      },
    });
    expect(talk.getSnapshot().get('talk-sync-basic')).toMatchObject({ completed: 1 });
    const trace = await simulateServer(run.input);
    run.resolve({ trace, reliability: { ...QUIET_RUN, notes: ['busy'] }, timeScale: 1 });
    await vi.waitFor(() =>
      expect(talk.getSnapshot().get('talk-sync-basic')).toEqual({
        status: 'done',
        makespanMs: 25_000,
        timeScale: 1,
        notes: ['busy'],
      }),
    );
    expect(talk.isRunning()).toBe(false);
  });

  it('runs one row at a time: a new run stops the last, whose late events are dropped', async () => {
    const { port, runs } = scriptedLiveServer();
    const talk = createTalkLiveRuns(port);
    talk.run('talk-sync-one');
    await vi.waitFor(() => expect(runs).toHaveLength(1));
    talk.run('talk-asyncio-one');
    await vi.waitFor(() => expect(runs).toHaveLength(2));
    const [first, second] = runs;
    expect(first?.options.signal.aborted).toBe(true);
    expect(second?.options.signal.aborted).toBe(false);
    expect(talk.getSnapshot().has('talk-sync-one')).toBe(false);
    first?.options.onEvent({
      type: 'request-ended',
      span: {
        index: 0,
        intendedAtMs: 0,
        sentAtMs: 0,
        startedAtMs: 0,
        freedAtMs: 1,
        endedAtMs: 1,
        worker: 0,
        process: 0,
      },
    });
    await Promise.resolve();
    expect(talk.getSnapshot().has('talk-sync-one')).toBe(false);
    talk.stop();
    expect(second?.options.signal.aborted).toBe(true);
    await Promise.resolve();
    expect(talk.getSnapshot().size).toBe(0);
  });

  it('says so when live runs are unavailable', () => {
    const talk = createTalkLiveRuns(null);
    talk.run('talk-sync-one');
    expect(talk.getSnapshot().get('talk-sync-one')).toMatchObject({ status: 'failed' });
  });

  it('a failed run shows its error, keeps the other rows, and aborts its calls in flight', async () => {
    const { port, runs } = scriptedLiveServer();
    const talk = createTalkLiveRuns(port);
    talk.run('talk-sync-one');
    await vi.waitFor(() => expect(runs).toHaveLength(1));
    const first = runs[0]!;
    first.resolve({
      trace: await simulateServer(first.input),
      reliability: QUIET_RUN,
      timeScale: 1,
    });
    await vi.waitFor(() => expect(talk.getSnapshot().get('talk-sync-one')?.status).toBe('done'));
    talk.run('talk-asyncio-one');
    await vi.waitFor(() => expect(runs).toHaveLength(2));
    runs[1]?.reject(new Error('the worker went away'));
    await vi.waitFor(() => expect(talk.isRunning()).toBe(false));
    expect(talk.getSnapshot().get('talk-asyncio-one')).toEqual({
      status: 'failed',
      error: 'the worker went away',
    });
    expect(talk.getSnapshot().get('talk-sync-one')?.status).toBe('done');
    expect(runs[1]?.options.signal.aborted).toBe(true);
  });

  it('leaving the lab stops the row in progress, which says so; finished rows stay', async () => {
    const { port, runs } = scriptedLiveServer();
    const talk = createTalkLiveRuns(port);
    talk.run('talk-sync-one');
    await vi.waitFor(() => expect(runs).toHaveLength(1));
    const first = runs[0]!;
    first.resolve({
      trace: await simulateServer(first.input),
      reliability: QUIET_RUN,
      timeScale: 1,
    });
    await vi.waitFor(() => expect(talk.getSnapshot().get('talk-sync-one')?.status).toBe('done'));
    talk.run('talk-asyncio-one');
    await vi.waitFor(() => expect(runs).toHaveLength(2));
    talk.leave();
    expect(runs[1]?.options.signal.aborted).toBe(true);
    expect(talk.isRunning()).toBe(false);
    await Promise.resolve();
    expect(talk.getSnapshot().get('talk-asyncio-one')).toEqual({
      status: 'failed',
      error: TALK_ROW_LEFT_NOTE,
    });
    expect(talk.getSnapshot().get('talk-sync-one')?.status).toBe('done');
    // With nothing in flight, leaving again changes nothing.
    const after = talk.getSnapshot();
    talk.leave();
    expect(talk.getSnapshot()).toBe(after);
  });
});
