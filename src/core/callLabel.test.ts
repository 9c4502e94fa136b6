import { describe, expect, it } from 'vitest';
import { callLabel, callNumber, requestNumber } from './callLabel.ts';

describe('callLabel', () => {
  it('numbers calls and requests from 1, as the call editor does', () => {
    expect(callNumber(0)).toBe(1);
    expect(requestNumber(4)).toBe(5);
    expect(callLabel({ index: 1, service: 'business' })).toBe('call 2 (business)');
    expect(callLabel({ index: 0, service: 'session' }, 2)).toBe('call 1 (session) of request 3');
    expect(callLabel({ index: 3 })).toBe('call 4');
  });
});
