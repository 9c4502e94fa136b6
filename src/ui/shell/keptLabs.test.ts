import { describe, expect, it } from 'vitest';
import { keptLabs } from './keptLabs.ts';

describe('keptLabs', () => {
  it('keeps the first lab shown', () => {
    expect(keptLabs([], 'compare')).toEqual(['compare']);
  });

  it('adds each lab visited, in the tabs’ order whatever the order of the visits', () => {
    const afterServer = keptLabs(['compare'], 'server');
    expect(afterServer).toEqual(['compare', 'server']);
    expect(keptLabs(afterServer, 'fanout')).toEqual(['fanout', 'compare', 'server']);
  });

  it('returns the same list when returning to a lab already kept (no state update)', () => {
    const visited = ['fanout', 'compare'] as const;
    expect(keptLabs(visited, 'fanout')).toBe(visited);
  });
});
