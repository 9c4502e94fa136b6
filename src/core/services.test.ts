import { describe, expect, it } from 'vitest';
import { DEFAULT_SERVICE_NAMES, defaultServiceName, SERVICE_NAME_PATTERN } from './services.ts';

describe('defaultServiceName', () => {
  it('starts with the talk’s services in order', () => {
    expect([0, 1, 2, 3].map(defaultServiceName)).toEqual([
      'session',
      'business',
      'user',
      'reviews',
    ]);
  });

  it('never repeats a name within a run (ten equal calls name ten services)', () => {
    const ten = Array.from({ length: 10 }, (_, i) => defaultServiceName(i));
    expect(new Set(ten).size).toBe(10);
    expect(ten.slice(8)).toEqual(['session-2', 'business-2']);
    const many = Array.from({ length: 10_000 }, (_, i) => defaultServiceName(i));
    expect(new Set(many).size).toBe(10_000);
  });

  it('gives names the call-list syntax accepts', () => {
    for (const index of [0, DEFAULT_SERVICE_NAMES.length, 99_999]) {
      expect(defaultServiceName(index)).toMatch(SERVICE_NAME_PATTERN);
    }
  });
});
