import { describe, expect, it } from 'vitest';
import { MAX_LIVE_CALLS } from '../../core/limits.ts';
import { liveDisabledReason } from './liveAvailability.ts';

describe('liveDisabledReason', () => {
  it('is null when live runs are possible', () => {
    expect(liveDisabledReason(null, 4)).toBeNull();
    expect(liveDisabledReason(null, MAX_LIVE_CALLS)).toBeNull();
  });

  it('gives the app’s reason first', () => {
    expect(liveDisabledReason('the service worker did not start', 5000)).toBe(
      'the service worker did not start',
    );
  });

  it('explains the call limit', () => {
    expect(liveDisabledReason(null, MAX_LIVE_CALLS + 1)).toBe(
      'live runs make at most 1000 real fetch() calls and this list has 1001; ' +
        'the virtual engine runs it exactly',
    );
  });
});
