import { describe, expect, it } from 'vitest';
import { createFakeFrames } from './fakeFrames.ts';
import { createRunSession, LIVE_RUN_LEFT_NOTE } from './runSession.ts';

interface Cursor {
  readonly nowMs: number;
  readonly error: string | null;
}

const IDLE: Cursor = { nowMs: 0, error: null };

const sessionOn = (frames = createFakeFrames()) =>
  createRunSession<Cursor>(frames, {
    idle: IDLE,
    noun: 'run',
    failedTo: (reason) => ({ ...IDLE, error: reason }),
    leftTo: (note) => ({ ...IDLE, error: note }),
  });

describe('run session', () => {
  it('replays a known timeline at its rate and ends it once, on the first frame past the end', () => {
    const frames = createFakeFrames();
    const session = sessionOn(frames);
    const runToken = session.begin();
    const seen: string[] = [];
    session.replay(runToken, {
      fromMs: 100,
      endMs: 400,
      rate: 2,
      onFrame: (nowMs) => seen.push(`frame ${nowMs}`),
      onEnd: () => seen.push('end'),
    });
    frames.advance(50);
    frames.advance(100);
    frames.advance(100);
    expect(seen).toEqual(['frame 200', 'end']);
    expect(frames.pending()).toBe(0);
  });

  it("a reset drops the old run's frames and its after-paint start, and aborts its calls", async () => {
    const frames = createFakeFrames();
    const session = sessionOn(frames);
    const runToken = session.begin();
    const signal = session.liveSignal();
    const started = session.afterPaint(runToken);
    session.reset();
    frames.advance(16);
    frames.advance(16);
    expect(await started).toBe(false);
    expect(signal.aborted).toBe(true);
    expect(session.isCurrent(runToken)).toBe(false);
  });

  it('a failure stops following the live run, aborts its calls and shows why', () => {
    const frames = createFakeFrames();
    const session = sessionOn(frames);
    const runToken = session.begin();
    const signal = session.liveSignal();
    const cursors: number[] = [];
    session.follow(runToken, 3, (nowMs) => cursors.push(nowMs));
    frames.advance(10);
    session.fail(runToken, new Error('the transport broke'));
    frames.advance(10);
    expect(cursors).toEqual([30]);
    expect(signal.aborted).toBe(true);
    expect(session.getSnapshot()).toEqual({ nowMs: 0, error: 'the transport broke' });
    expect(frames.pending()).toBe(0);
  });

  it('a settled run has nothing left to abort: a later reset leaves its signal alone', () => {
    const session = sessionOn();
    session.begin();
    const signal = session.liveSignal();
    session.settle();
    session.reset();
    expect(signal.aborted).toBe(false);
  });

  it('leaving the lab stops a live run in flight, aborts its calls and says so', async () => {
    const frames = createFakeFrames();
    const session = sessionOn(frames);
    const runToken = session.begin();
    const signal = session.liveSignal();
    const cursors: number[] = [];
    session.follow(runToken, 1, (nowMs) => cursors.push(nowMs));
    frames.advance(10);
    session.leave();
    frames.advance(10);
    expect(cursors).toEqual([10]);
    expect(signal.aborted).toBe(true);
    expect(session.isCurrent(runToken)).toBe(false);
    expect(session.getSnapshot()).toEqual({ nowMs: 0, error: LIVE_RUN_LEFT_NOTE });
    expect(frames.pending()).toBe(0);
  });

  it('leaving the lab lets a replay go on advancing to its end', () => {
    const frames = createFakeFrames();
    const session = sessionOn(frames);
    const runToken = session.begin();
    const seen: string[] = [];
    session.replay(runToken, {
      fromMs: 0,
      endMs: 300,
      rate: 1,
      onFrame: (nowMs) => seen.push(`frame ${nowMs}`),
      onEnd: () => seen.push('end'),
    });
    frames.advance(100);
    session.leave();
    frames.advance(100);
    frames.advance(100);
    expect(seen).toEqual(['frame 100', 'frame 200', 'end']);
    expect(session.isCurrent(runToken)).toBe(true);
  });

  it('leaving the lab keeps a settled live run as it is', () => {
    const session = sessionOn();
    session.begin();
    const signal = session.liveSignal();
    session.publish({ nowMs: 500 });
    session.settle();
    session.leave();
    expect(signal.aborted).toBe(false);
    expect(session.getSnapshot()).toEqual({ nowMs: 500, error: null });
  });

  it('follows a live run at most every 50 ms of wall time, from its first frame', () => {
    const frames = createFakeFrames();
    const session = sessionOn(frames);
    const runToken = session.begin();
    const cursors: number[] = [];
    session.follow(runToken, 1, (nowMs) => cursors.push(nowMs));
    for (let i = 0; i < 8; i += 1) frames.advance(20);
    // Frames at 20, 40 ... 160 wall ms: shown at 20, then the first at least 50 ms
    // (LIVE_FOLLOW_INTERVAL_MS) after the last shown.
    expect(cursors).toEqual([20, 80, 140]);
  });
});
