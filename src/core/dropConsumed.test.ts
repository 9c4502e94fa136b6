import { describe, expect, it } from 'vitest';
import { dropConsumed } from './dropConsumed.ts';

describe('dropConsumed', () => {
  it('keeps what is left of the queue, in order, whether or not it drops the front', () => {
    for (const [length, head] of [
      [10, 3],
      [3000, 1024],
      [3000, 1025],
      [3000, 2999],
      [5000, 2000],
    ] as const) {
      const items = Array.from({ length }, (_, i) => i);
      const left = items.slice(head);
      const newHead = dropConsumed(items, head);
      expect(items.slice(newHead)).toEqual(left);
    }
  });

  it('drops only more than 1024 consumed slots that are more than half the array', () => {
    expect(dropConsumed(Array.from({ length: 2000 }), 1024)).toBe(1024);
    expect(dropConsumed(Array.from({ length: 3000 }), 1500)).toBe(1500);
    const items = Array.from({ length: 3000 });
    expect(dropConsumed(items, 1501)).toBe(0);
    expect(items).toHaveLength(1499);
  });
});
