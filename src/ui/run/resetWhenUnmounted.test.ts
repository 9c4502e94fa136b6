import { describe, expect, it, vi } from 'vitest';
import { resetWhenUnmounted } from './resetWhenUnmounted.ts';

describe('resetWhenUnmounted', () => {
  it('resets once the component has left for good', async () => {
    const reset = vi.fn<() => void>();
    const cleanup = resetWhenUnmounted(reset)();
    expect(reset).not.toHaveBeenCalled();
    if (typeof cleanup === 'function') cleanup();
    await Promise.resolve();
    expect(reset).toHaveBeenCalledTimes(1);
  });

  it("keeps the run through StrictMode's mount, unmount, mount (an autorun survives)", async () => {
    const reset = vi.fn<() => void>();
    const effect = resetWhenUnmounted(reset);
    const first = effect();
    if (typeof first === 'function') first();
    const second = effect();
    await Promise.resolve();
    expect(reset).not.toHaveBeenCalled();
    if (typeof second === 'function') second();
    await Promise.resolve();
    expect(reset).toHaveBeenCalledTimes(1);
  });
});
