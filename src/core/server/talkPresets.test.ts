import { describe, expect, it } from 'vitest';
import { withFields, type FlatScenario } from '../testing/flattenScenario.ts';
import { predict } from '../predict.ts';
import { modelSpecOf } from '../scenario.ts';
import { predictServer } from './predictServer.ts';
import { serverRunInputOf } from './serverRunInput.ts';
import { simulateServer } from './simulateServer.ts';
import { talkGap } from './talkGap.ts';
import { talkNote, TALK_NOTE_IDS } from './talkNotes.ts';
import { TALK_PRESET_NAMES } from './talkPresetNames.ts';
import { presetScenario, TALK_PRESETS, talkPreset } from './talkPresets.ts';

const makespanMs = async (
  name: (typeof TALK_PRESET_NAMES)[number],
  changes: Partial<FlatScenario> = {},
) => (await simulateServer(serverRunInputOf(withFields(presetScenario(name), changes)))).makespanMs;

describe('talk presets', () => {
  it('has one preset per row of the table, in its order, under its URL name', () => {
    expect(TALK_PRESETS.map((p) => p.name)).toEqual([...TALK_PRESET_NAMES]);
    for (const preset of TALK_PRESETS) {
      expect(preset.summary).toMatch(/\.$/);
      expect(preset.values).toMatchObject({ concurrency: 50, upstreamCap: 200 });
      expect(preset.values.calls.map((c) => c.latency)).toEqual(
        [125, 250, 375, 500].map((ms) => ({ kind: 'fixed', ms })),
      );
    }
    expect(talkPreset('talk-gevent-100').talkSeconds).toEqual([1.255, 1.373]);
  });

  it.each(TALK_PRESET_NAMES)('%s: the virtual run equals the ideal exactly', async (name) => {
    const preset = talkPreset(name);
    expect(await makespanMs(name)).toBe(preset.idealSeconds * 1000);
    const prediction = predictServer(serverRunInputOf(presetScenario(name)));
    expect(prediction).toMatchObject({
      makespanMs: preset.idealSeconds * 1000,
      isLowerBound: false,
    });
  });

  it.each(TALK_PRESET_NAMES)('%s: one request takes its handler fan-out, S', async (name) => {
    const scenario = presetScenario(name);
    const s = predict([125, 250, 375, 500], modelSpecOf(scenario.fanOut)).makespanMs;
    expect(await makespanMs(name, { requests: 1 })).toBe(s);
    const oneRow = TALK_PRESETS.find(
      (p) => p.values.requests === 1 && p.values.model === scenario.fanOut.model,
    );
    expect(oneRow?.idealSeconds).toBe(s / 1000);
  });

  it('runs each variant at its ideal: at concurrency 100 the upstream capacity binds', async () => {
    for (const preset of TALK_PRESETS) {
      for (const variant of preset.variants) {
        expect(await makespanMs(preset.name, variant.changes)).toBe(variant.idealSeconds * 1000);
      }
    }
  });

  it('reproduces the talk with 8 ms per call: one sync request in 1.282 s', async () => {
    expect(await makespanMs('talk-sync-one', { callOverheadMs: 8 })).toBe(1282);
    expect(await makespanMs('talk-sync-basic', { callOverheadMs: 8 })).toBe(20 * (1250 + 4 * 8));
  });

  it('names the overheads that close each gap, and a run with them lands on the number', async () => {
    expect(talkGap('talk-sync-processes', 6.418)).toEqual({
      measuredMs: 6418,
      idealMs: 6250,
      gapMs: 168,
      rounds: 5,
      requestOverheadMs: 33.6,
      callOverheadMs: 8.4,
    });
    expect(talkGap('talk-offload', 10.097).callOverheadMs).toBeNull();
    for (const preset of TALK_PRESETS) {
      const seconds = preset.referenceSeconds;
      const { requestOverheadMs } = talkGap(preset.name, seconds);
      expect(await makespanMs(preset.name, { requestOverheadMs })).toBeCloseTo(seconds * 1000, 1);
    }
    const byCalls = TALK_PRESETS.filter((p) => !p.values.model.startsWith('offload'));
    for (const preset of byCalls) {
      const seconds = preset.referenceSeconds;
      const { callOverheadMs } = talkGap(preset.name, seconds);
      expect(callOverheadMs).not.toBeNull();
      expect(await makespanMs(preset.name, { callOverheadMs: callOverheadMs ?? 0 })).toBeCloseTo(
        seconds * 1000,
        1,
      );
    }
  });

  it('explains every gap with notes that exist, each used by some preset', () => {
    const used = new Set(TALK_PRESETS.flatMap((p) => p.notes));
    expect([...used].sort()).toEqual([...TALK_NOTE_IDS].sort());
    for (const id of TALK_NOTE_IDS) expect(talkNote(id).text).toMatch(/\.$/);
    expect(talkNote('listen-backlog').text).toContain('1.832 s');
  });
});
