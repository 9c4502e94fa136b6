import { describe, expect, it } from 'vitest';
import { parseCallList } from '../../core/callListCodec.ts';
import { TALK_CALLS } from '../../core/scenario.ts';
import { CALL_PRESETS, matchingPreset, presetCalls } from './callPresets.ts';

describe('call presets', () => {
  it('are all valid call lists, with unique ids', () => {
    for (const preset of CALL_PRESETS) {
      expect(parseCallList(preset.text)).toMatchObject({ ok: true });
      expect(presetCalls(preset).length).toBeGreaterThan(0);
    }
    expect(new Set(CALL_PRESETS.map((p) => p.id)).size).toBe(CALL_PRESETS.length);
  });

  it('include the talk’s four calls, ten equal calls and a long tail of 20', () => {
    const byId = (id: string) => CALL_PRESETS.find((p) => p.id === id);
    expect(byId('talk')?.text).toBe('125,250,375,500');
    expect(byId('ten-equal')?.text).toBe('100*10');
    expect(byId('long-tail')?.text).toBe('100~900*20');
  });

  it('recognise the list they produce, and nothing else', () => {
    expect(matchingPreset(TALK_CALLS)?.id).toBe('talk');
    for (const preset of CALL_PRESETS) expect(matchingPreset(presetCalls(preset))).toBe(preset);
    expect(matchingPreset(TALK_CALLS.slice(1))).toBeNull();
    expect(matchingPreset([])).toBeNull();
  });
});
