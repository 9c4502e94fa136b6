import type { Millis } from '../clock.ts';
import { OVERHEAD_DECIMAL_PLACES } from '../limits.ts';
import { predictServer } from './predictServer.ts';
import { serverRunInputOf } from './serverRunInput.ts';
import { presetScenario, talkPreset } from './talkPresets.ts';
import type { TalkPresetName } from './talkPresetNames.ts';

/** How far a measured number sits above a preset's ideal, and the overheads that would close it. */
export interface TalkGap {
  readonly measuredMs: Millis;
  readonly idealMs: Millis;
  /** measured - ideal (negative when the measurement beat the ideal). */
  readonly gapMs: Millis;
  /** Rounds of requests the run makes: ceil(N / min(W, C)). */
  readonly rounds: number;
  /** The request overhead that would give the measured number exactly: gap / rounds. */
  readonly requestOverheadMs: Millis;
  /**
   * The call overhead that would give the measured number, or null when call overheads cannot
   * move this run (the offload rows: 1 s of local work outlasts the calls). It is gap / k, where
   * k is how many ms the makespan grows per ms of call overhead (rounds x calls on a request's
   * critical path: 4 for sequential, 1 for promise-all).
   */
  readonly callOverheadMs: Millis | null;
}

const round = (ms: Millis): Millis => Number(ms.toFixed(OVERHEAD_DECIMAL_PLACES));

/**
 * The overheads that reproduce `measuredSeconds` for a preset: set one of them (callOverhead or
 * requestOverhead, rounded to the URL's 3 decimals) and the virtual run lands on the measurement.
 * Works while the upstream's capacity does not bind, as in every row of the talk's table.
 */
export function talkGap(name: TalkPresetName, measuredSeconds: number): TalkGap {
  const preset = talkPreset(name);
  const idealMs = preset.idealSeconds * 1000;
  const measuredMs = measuredSeconds * 1000;
  const gapMs = measuredMs - idealMs;
  const input = serverRunInputOf(presetScenario(name));
  const base = predictServer(input);
  const rounds = Math.ceil(input.server.requests / base.slots);
  // The makespan is linear in the call overhead (while the capacity does not bind): one step of
  // 1 ms gives the slope, 0 when the overhead hides behind local work.
  const withOverhead = predictServer({ ...input, server: { ...input.server, callOverheadMs: 1 } });
  const slope = withOverhead.makespanMs - base.makespanMs;
  return {
    measuredMs: round(measuredMs),
    idealMs,
    gapMs: round(gapMs),
    rounds,
    requestOverheadMs: round(gapMs / rounds),
    callOverheadMs: slope > 0 ? round(gapMs / slope) : null,
  };
}
