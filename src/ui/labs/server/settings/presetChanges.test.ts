import { describe, expect, it } from 'vitest';
import { DEFAULT_SCENARIO } from '../../../../core/scenario.ts';
import { presetScenario } from '../../../../core/server/talkPresets.ts';
import { presetChanges } from './presetChanges.ts';
import { withFields } from '../../../../core/testing/flattenScenario.ts';

describe('preset changes', () => {
  it('names the parameters that depart from the preset, as the address does', () => {
    expect(presetChanges(presetScenario('talk-gevent-100'))).toEqual([]);
    expect(
      presetChanges(
        withFields(presetScenario('talk-gevent-100'), { concurrency: 100, callOverheadMs: 8 }),
      ),
    ).toEqual(['concurrency', 'callOverhead']);
    expect(presetChanges(withFields(presetScenario('talk-sync-one'), { greenlets: 50 }))).toEqual([
      'greenlets',
    ]);
    expect(presetChanges({ ...DEFAULT_SCENARIO, lab: 'server' })).toEqual([]);
  });
});
