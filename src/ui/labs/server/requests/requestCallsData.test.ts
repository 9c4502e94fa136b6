import { describe, expect, it } from 'vitest';
import { presetScenario } from '../../../../core/server/talkPresets.ts';
import { simulateServerScenario } from '../../../../core/server/simulateServerScenario.ts';
import { requestCallsData } from './requestCallsData.ts';

describe('requestCallsData', () => {
  it("expands one request into its calls on the request's own clock", async () => {
    // Four sequential processes: request 4 is taken by a worker at 1250 ms, its calls follow.
    const run = await simulateServerScenario(presetScenario('talk-sync-processes'));
    const expanded = requestCallsData(run.trace, 4);
    expect(expanded?.offsetMs).toBe(1250);
    expect(expanded?.durationMs).toBe(1250);
    expect(Array.from(expanded?.data.startedAtMs ?? [])).toEqual([0, 125, 375, 750]);
    expect(Array.from(expanded?.data.endedAtMs ?? [])).toEqual([125, 375, 750, 1250]);
    expect(expanded?.data.serviceNames).toEqual(['session', 'business', 'user', 'reviews']);
  });

  it('keeps local work and says null for a request that does not exist', async () => {
    const run = await simulateServerScenario(presetScenario('talk-offload-one'));
    expect(requestCallsData(run.trace, 0)?.data.work).toEqual([
      { startedAtMs: 0, endedAtMs: 1000 },
    ]);
    expect(requestCallsData(run.trace, 1)).toBeNull();
  });
});
