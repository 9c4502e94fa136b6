import { describe, expect, it } from 'vitest';
import { distinctServices } from './timelineData.ts';

describe('distinctServices', () => {
  it('numbers services by first appearance', () => {
    const { names, index } = distinctServices(['user', 'ads', 'user', 'geo']);
    expect(names).toEqual(['user', 'ads', 'geo']);
    expect(Array.from(index)).toEqual([0, 1, 0, 2]);
  });

  it('keeps every service apart even past 65,536 of them (a 100,000-call list may name each)', () => {
    const services = Array.from({ length: 70_000 }, (_, i) => `svc${i}`);
    const { names, index } = distinctServices(services);
    expect(names).toHaveLength(70_000);
    expect(index[69_999]).toBe(69_999);
  });
});
