import { describe, expect, it } from 'vitest';
import { VirtualClock } from '../virtualClock.ts';
import { createCancelScope } from './cancelScope.ts';
import { LightAbortController } from './lightAbort.ts';

describe('LightAbortController', () => {
  it('cancels a virtual sleep with its reason, once, like a real controller', async () => {
    const clock = new VirtualClock();
    const controller = new LightAbortController();
    const sleeping = clock.sleep(100, controller.signal);
    controller.abort('gone');
    controller.abort('again');
    await expect(sleeping).rejects.toBe('gone');
    expect(controller.signal.aborted).toBe(true);
    expect(controller.signal.reason).toBe('gone');
    expect(clock.fireNext()).toBe(0);
  });

  it('tells no listener that was removed', () => {
    const controller = new LightAbortController();
    const heard: string[] = [];
    const a = () => heard.push('a');
    controller.signal.addEventListener('abort', a);
    controller.signal.addEventListener('abort', () => heard.push('b'));
    controller.signal.removeEventListener('abort', a);
    controller.abort();
    expect(heard).toEqual(['b']);
  });
});

describe('createCancelScope', () => {
  it('runs every subscriber once, and a late subscriber at once', () => {
    const scope = createCancelScope();
    const heard: string[] = [];
    const stop = scope.subscribe(() => heard.push('left'));
    scope.subscribe(() => heard.push('stayed'));
    stop();
    scope.cancel();
    scope.cancel();
    scope.subscribe(() => heard.push('late'));
    expect(heard).toEqual(['stayed', 'late']);
    expect(scope.cancelled).toBe(true);
  });
});
