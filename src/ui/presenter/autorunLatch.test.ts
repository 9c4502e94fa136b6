import { describe, expect, it, vi } from 'vitest';
import { createAutorunLatch } from './autorunLatch.ts';

/** A defer whose tasks run when the test says (microtasks, by hand). */
function manualDefer(): { defer: (task: () => void) => void; flush: () => void } {
  const tasks: Array<() => void> = [];
  return {
    defer: (task) => tasks.push(task),
    flush: () => {
      for (const task of tasks.splice(0)) task();
    },
  };
}

describe('createAutorunLatch', () => {
  it('starts the run once the effects have settled, not inside the effect', () => {
    const { defer, flush } = manualDefer();
    const latch = createAutorunLatch(defer);
    const start = vi.fn<() => void>();
    latch.request('fanout', start);
    expect(start).not.toHaveBeenCalled();
    flush();
    expect(start).toHaveBeenCalledTimes(1);
    expect(latch.spent('fanout')).toBe(true);
  });

  it("StrictMode's mount, cleanup, mount starts the run exactly once, from the second mount", () => {
    const { defer, flush } = manualDefer();
    const latch = createAutorunLatch(defer);
    const first = vi.fn<() => void>();
    const second = vi.fn<() => void>();
    const cleanupFirst = latch.request('compare', first);
    cleanupFirst();
    latch.request('compare', second);
    flush();
    expect(first).not.toHaveBeenCalled();
    expect(second).toHaveBeenCalledTimes(1);
  });

  it('a lab that leaves before the start leaves the autorun to its next mount', () => {
    const { defer, flush } = manualDefer();
    const latch = createAutorunLatch(defer);
    const gone = vi.fn<() => void>();
    latch.request('server', gone)();
    flush();
    expect(gone).not.toHaveBeenCalled();
    expect(latch.spent('server')).toBe(false);
    const back = vi.fn<() => void>();
    latch.request('server', back);
    flush();
    expect(back).toHaveBeenCalledTimes(1);
  });

  it('is spent once per lab: coming back to a lab does not run it again', () => {
    const { defer, flush } = manualDefer();
    const latch = createAutorunLatch(defer);
    const start = vi.fn<() => void>();
    latch.request('fanout', start);
    flush();
    latch.request('fanout', start);
    flush();
    expect(start).toHaveBeenCalledTimes(1);
    // Another lab has its own autorun (a deck's set-scenario may switch to it with autorun=1).
    const other = vi.fn<() => void>();
    latch.request('compare', other);
    flush();
    expect(other).toHaveBeenCalledTimes(1);
  });
});
