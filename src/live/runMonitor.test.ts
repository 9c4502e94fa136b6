import { afterEach, describe, expect, it, vi } from 'vitest';
import { createRunMonitor, LAG_TICK_MS, reliabilityOf, SATURATED_LAG_MS } from './runMonitor.ts';
import { TIMER_SLACK_MS, watchTimerLateness } from './testing/timerLateness.ts';

afterEach(() => vi.unstubAllGlobals());

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Keeps the thread busy, as a heavy render or a flood of mocked responses would. */
function busyFor(ms: number): void {
  const untilMs = performance.now() + ms;
  while (performance.now() < untilMs) {
    // spin
  }
}

describe('createRunMonitor', () => {
  it('without a DOM (Node) sees nothing hidden, and no more lag than plain timers beside it', async () => {
    const lateness = watchTimerLateness();
    const monitor = createRunMonitor({ observeElement: null });
    monitor.start();
    await pause(4 * LAG_TICK_MS);
    const reliability = monitor.stop();
    const lateMs = lateness.stop();
    // A stall that delays one of the monitor's ticks delays the watch's 5 ms ticks too, which
    // count all of it but the stretch before one of them was due (stop() adds that tick back).
    // So a quiet run is never called saturated, and a busy machine's run only for lag that
    // really happened.
    expect(reliability.maxEventLoopLagMs).toBeGreaterThanOrEqual(0);
    expect(reliability.maxEventLoopLagMs).toBeLessThanOrEqual(lateMs + TIMER_SLACK_MS);
    // Not hidden, and the verdict on the lag it measured.
    expect(reliability).toEqual(reliabilityOf(false, false, reliability.maxEventLoopLagMs));
  });

  it('measures main-thread lag and calls a run saturated past the threshold', async () => {
    const monitor = createRunMonitor();
    monitor.start();
    await pause(LAG_TICK_MS + 5);
    busyFor(SATURATED_LAG_MS + 40);
    await pause(LAG_TICK_MS);
    const reliability = monitor.stop();
    expect(reliability.maxEventLoopLagMs).toBeGreaterThan(SATURATED_LAG_MS);
    expect(reliability.saturated).toBe(true);
    expect(reliability.notes).toEqual([
      expect.stringMatching(/^The main thread was late by up to \d+ ms \(more than 50 ms\)/),
    ]);
  });

  it('catches a stall at the very end of a run, after the last tick', async () => {
    const monitor = createRunMonitor();
    monitor.start();
    busyFor(SATURATED_LAG_MS + 40);
    expect(monitor.stop().saturated).toBe(true);
  });

  it('flags a run during which the page was hidden', () => {
    let onChange = () => {};
    const doc = {
      visibilityState: 'visible',
      addEventListener: (_type: string, listener: () => void) => (onChange = listener),
      removeEventListener: vi.fn<(type: string, listener: () => void) => void>(),
    };
    vi.stubGlobal('document', doc);
    const monitor = createRunMonitor();
    monitor.start();
    doc.visibilityState = 'hidden';
    onChange();
    doc.visibilityState = 'visible';
    onChange();
    const reliability = monitor.stop();
    expect(reliability.hidden).toBe(true);
    expect(reliability.notes).toEqual([
      'The page was hidden during the run: browsers throttle timers in hidden tabs, so these ' +
        'timings are unreliable.',
    ]);
    expect(doc.removeEventListener).toHaveBeenCalledWith('visibilitychange', onChange);
  });

  it('flags a run during which the observed element was off screen', () => {
    const observed: Element[] = [];
    let report: (entries: Array<{ isIntersecting: boolean }>) => void = () => {};
    vi.stubGlobal(
      'IntersectionObserver',
      class {
        constructor(callback: typeof report) {
          report = callback;
        }
        observe(element: Element) {
          observed.push(element);
        }
        takeRecords() {
          return [];
        }
        disconnect() {}
      },
    );
    const element = {} as Element;
    const monitor = createRunMonitor({ observeElement: element });
    monitor.start();
    report([{ isIntersecting: false }]);
    const reliability = monitor.stop();
    expect(observed).toEqual([element]);
    expect(reliability.hidden).toBe(true);
    expect(reliability.notes[0]).toMatch(/^The lab was off screen during the run/);
  });
});

describe('reliabilityOf', () => {
  it('lists one note per reason, and none for a clean run', () => {
    expect(reliabilityOf(false, false, SATURATED_LAG_MS).notes).toEqual([]);
    const all = reliabilityOf(true, true, 120.4);
    expect(all.notes).toHaveLength(3);
    expect(all.notes[2]).toMatch(/late by up to 120 ms/);
  });
});
