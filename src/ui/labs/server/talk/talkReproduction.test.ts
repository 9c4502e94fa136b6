import { describe, expect, it } from 'vitest';
import { DEFAULT_SCENARIO } from '../../../../core/scenario.ts';
import { simulateServerScenario } from '../../../../core/server/simulateServerScenario.ts';
import { TALK_PRESET_NAMES } from '../../../../core/server/talkPresetNames.ts';
import { reproducedScenario, reproductionsOf } from './talkReproduction.ts';

describe('talk reproduction', () => {
  it('finds the talk’s 8 ms per call for one sync request, and the reference’s', () => {
    expect(reproductionsOf('talk-sync-one')).toEqual([
      { source: 'talk', measuredSeconds: 1.282, param: 'callOverhead', overheadMs: 8 },
      { source: 'reference', measuredSeconds: 1.261, param: 'callOverhead', overheadMs: 2.75 },
    ]);
    // The offload rows' local work hides the calls: a request overhead does it instead.
    expect(reproductionsOf('talk-offload')[0]).toMatchObject({
      param: 'requestOverhead',
      overheadMs: 9.7,
    });
    // The reference's 1.000 s is the ideal: nothing to reproduce.
    expect(reproductionsOf('talk-offload-one').map((r) => r.source)).toEqual(['talk']);
  });

  it('lands every row’s virtual run on the measured number', async () => {
    for (const name of TALK_PRESET_NAMES) {
      for (const r of reproductionsOf(name)) {
        const scenario = reproducedScenario(DEFAULT_SCENARIO, name, r);
        expect(scenario).toMatchObject({ lab: 'server', preset: name });
        const run = await simulateServerScenario(scenario);
        // Overheads have at most 3 decimals, so the run lands within a few microseconds x rounds.
        expect(run.trace.makespanMs / 1000, `${name} ${r.source}`).toBeCloseTo(
          r.measuredSeconds,
          2,
        );
      }
    }
  });
});
