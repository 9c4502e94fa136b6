import { describe, expect, it } from 'vitest';
import type { TalkPresetName } from '../../../../core/server/talkPresetNames.ts';
import { TALK_PRESETS } from '../../../../core/server/talkPresets.ts';
import { simulateTalkPresets } from './talkSimulations.ts';

describe('talk simulations', () => {
  it('gives every row its ideal, in the table’s order', async () => {
    const results: Array<[TalkPresetName, number]> = [];
    await simulateTalkPresets((name, ms) => results.push([name, ms]));
    expect(results).toEqual(TALK_PRESETS.map((p) => [p.name, p.idealSeconds * 1000]));
  });

  it('stops when cancelled', async () => {
    const results: TalkPresetName[] = [];
    await simulateTalkPresets(
      (name) => results.push(name),
      () => results.length >= 2,
    );
    expect(results).toHaveLength(2);
  });
});
