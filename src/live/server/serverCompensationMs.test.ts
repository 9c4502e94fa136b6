import { describe, expect, it } from 'vitest';
import { serverRunInputOf } from '../../core/server/serverRunInput.ts';
import { simulateServer } from '../../core/server/simulateServer.ts';
import { presetScenario } from '../../core/server/talkPresets.ts';
import { serverCompensationMs } from './serverCompensationMs.ts';

describe('the compensation margin of a live server run', () => {
  it('asks answers early by half the shortest call in wall time, or more when the plan needs it', async () => {
    const virtual = await simulateServer(serverRunInputOf(presetScenario('talk-gevent-50')));
    // The shortest call is 125 ms: 6250 wall ms at 50x slower, 62.5 at real time.
    expect(serverCompensationMs(20, 465, virtual, 1 / 50)).toBe(3125);
    expect(serverCompensationMs(20, 465, virtual, 1)).toBe(465);
    expect(serverCompensationMs(80, 0, virtual, 1)).toBe(80);
  });

  it('keeps the other margins for a run without calls', async () => {
    const virtual = await simulateServer({
      ...serverRunInputOf(presetScenario('talk-sync-one')),
      calls: [],
    });
    expect(serverCompensationMs(20, 30, virtual, 1)).toBe(30);
  });
});
