import type { Scenario } from '../../../../core/scenario.ts';
import { talkGap } from '../../../../core/server/talkGap.ts';
import type { TalkPresetName } from '../../../../core/server/talkPresetNames.ts';
import { applyPreset, talkPreset } from '../../../../core/server/talkPresets.ts';

/** One way to land a preset's virtual run on a measured number: an overhead to set. */
export interface Reproduction {
  /** Whose number: the talk's slide or the reference run on uWSGI. */
  readonly source: 'talk' | 'reference';
  readonly measuredSeconds: number;
  /** The parameter set, as the address names it. */
  readonly param: 'callOverhead' | 'requestOverhead';
  readonly overheadMs: number;
}

/**
 * The overheads that reproduce the talk's numbers and the reference's for a row (core's talkGap):
 * a call overhead where calls can move the run, else a request overhead (the offload rows, whose
 * local work hides the calls). Numbers at or below the ideal need nothing and are left out.
 */
export function reproductionsOf(name: TalkPresetName): Reproduction[] {
  const preset = talkPreset(name);
  const measured = [
    ...preset.talkSeconds.map((s) => ({ source: 'talk' as const, s })),
    { source: 'reference' as const, s: preset.referenceSeconds },
  ];
  return measured
    .filter(({ s }) => s > preset.idealSeconds)
    .map(({ source, s }) => {
      const gap = talkGap(name, s);
      return gap.callOverheadMs === null
        ? {
            source,
            measuredSeconds: s,
            param: 'requestOverhead',
            overheadMs: gap.requestOverheadMs,
          }
        : { source, measuredSeconds: s, param: 'callOverhead', overheadMs: gap.callOverheadMs };
    });
}

/** The preset with the reproduction's overhead set (the other one at 0), ready to run. */
export function reproducedScenario(scenario: Scenario, name: TalkPresetName, r: Reproduction) {
  const base: Scenario = { ...applyPreset(scenario, name), lab: 'server' };
  return r.param === 'callOverhead'
    ? { ...base, server: { ...base.server, callOverheadMs: r.overheadMs, requestOverheadMs: 0 } }
    : { ...base, server: { ...base.server, callOverheadMs: 0, requestOverheadMs: r.overheadMs } };
}
