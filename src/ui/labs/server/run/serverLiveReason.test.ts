import { describe, expect, it } from 'vitest';
import { DEFAULT_FAN_OUT } from '../../../../core/fanOutSettings.ts';
import { TALK_CALLS } from '../../../../core/scenario.ts';
import { DEFAULT_SERVER_SPEC } from '../../../../core/server/serverSpec.ts';
import { serverLiveReason } from './serverLiveReason.ts';

const talk = {
  server: { ...DEFAULT_SERVER_SPEC, requests: 200 },
  fanOut: { ...DEFAULT_FAN_OUT, calls: TALK_CALLS },
};

describe('server live reason', () => {
  it('allows the talk’s largest row and says why anything else cannot run live', () => {
    expect(serverLiveReason({ kind: 'ready' }, true, talk)).toBeNull();
    expect(serverLiveReason({ kind: 'starting' }, true, talk)).toMatch(/still starting/);
    expect(serverLiveReason({ kind: 'ready' }, false, talk)).toMatch(/no live server engine/);
    expect(
      serverLiveReason({ kind: 'ready' }, true, {
        ...talk,
        server: { ...talk.server, requests: 300 },
      }),
    ).toMatch(
      /at most 1000 mocked requests and this one sends 1500 \(300 requests x \(1 \+ 4 calls\)\)/,
    );
  });

  it('refuses open arrivals before the run, naming the way out', () => {
    const open = { ...talk, server: { ...talk.server, arrival: 'open' as const } };
    expect(serverLiveReason({ kind: 'ready' }, true, open)).toBe(
      'open arrivals (arrival=open) run on the virtual engine only: the live load client is ' +
        'closed-loop like hammer.py; switch the engine to virtual, or arrival to closed',
    );
  });
});
