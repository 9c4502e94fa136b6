import { describe, expect, it } from 'vitest';
import { TALK_CALLS } from '../../../../core/scenario.ts';
import { serverLiveReason } from './serverLiveReason.ts';

const talk = { requests: 200, calls: TALK_CALLS };

describe('server live reason', () => {
  it('allows the talk’s largest row and says why anything else cannot run live', () => {
    expect(serverLiveReason({ kind: 'ready' }, true, talk)).toBeNull();
    expect(serverLiveReason({ kind: 'starting' }, true, talk)).toMatch(/still starting/);
    expect(serverLiveReason({ kind: 'ready' }, false, talk)).toMatch(/no live server engine/);
    expect(serverLiveReason({ kind: 'ready' }, true, { ...talk, requests: 300 })).toMatch(
      /at most 1000 mocked requests and this one sends 1500 \(300 requests x \(1 \+ 4 calls\)\)/,
    );
  });
});
