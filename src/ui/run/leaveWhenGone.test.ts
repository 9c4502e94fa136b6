import { describe, expect, it, vi } from 'vitest';
import { leaveWhenGone } from './leaveWhenGone.ts';

describe('leaveWhenGone', () => {
  it('leaves once the lab has gone (hidden or unmounted)', async () => {
    const leave = vi.fn<() => void>();
    const cleanup = leaveWhenGone(leave)();
    expect(leave).not.toHaveBeenCalled();
    if (typeof cleanup === 'function') cleanup();
    await Promise.resolve();
    expect(leave).toHaveBeenCalledTimes(1);
  });

  it("does not leave through StrictMode's mount, unmount, mount (an autorun survives)", async () => {
    const leave = vi.fn<() => void>();
    const effect = leaveWhenGone(leave);
    const first = effect();
    if (typeof first === 'function') first();
    const second = effect();
    await Promise.resolve();
    expect(leave).not.toHaveBeenCalled();
    if (typeof second === 'function') second();
    await Promise.resolve();
    expect(leave).toHaveBeenCalledTimes(1);
  });

  it('leaves again each time a lab shown again is hidden again', async () => {
    const leave = vi.fn<() => void>();
    const effect = leaveWhenGone(leave);
    for (let visit = 1; visit <= 3; visit += 1) {
      const cleanup = effect();
      if (typeof cleanup === 'function') cleanup();
      await Promise.resolve();
      expect(leave).toHaveBeenCalledTimes(visit);
    }
  });
});
