import { describe, expect, it } from 'vitest';
import { captureSettlers, lastReject, lastResolve } from './capturedSettlers.ts';

describe('captureSettlers', () => {
  it('hands each promise its own settlers, read right after it is made', async () => {
    const first = new Promise<string>(captureSettlers);
    const resolveFirst = lastResolve(first);
    const second = new Promise<string>(captureSettlers);
    const rejectSecond = lastReject(second);
    const third = new Promise<string>(captureSettlers);
    const resolveThird = lastResolve(third);
    resolveThird('c');
    rejectSecond(new Error('b'));
    resolveFirst('a');
    await expect(first).resolves.toBe('a');
    await expect(second).rejects.toThrow('b');
    await expect(third).resolves.toBe('c');
  });
});
