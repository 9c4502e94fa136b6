import { describe, expect, it } from 'vitest';
import { IDLE_SNAPSHOT } from '../run/runSnapshot.ts';
import { LIVE_RUN_REASON, NO_RUN_REASON, replayAvailability } from './replayAvailability.ts';

describe('replay availability', () => {
  it('a known timeline (virtual, or a finished live run) can be replayed', () => {
    expect(replayAvailability({ ...IDLE_SNAPSHOT, seekable: true, status: 'running' })).toEqual({
      enabled: true,
      reason: null,
    });
  });

  it('a live run in progress cannot, and the bar says why', () => {
    const live = replayAvailability({ ...IDLE_SNAPSHOT, engine: 'live', status: 'running' });
    expect(live).toEqual({ enabled: false, reason: LIVE_RUN_REASON });
    expect(LIVE_RUN_REASON).toMatch(/a live run cannot be paused, the network does not wait/);
    expect(replayAvailability(IDLE_SNAPSHOT).reason).toBe(NO_RUN_REASON);
  });
});
