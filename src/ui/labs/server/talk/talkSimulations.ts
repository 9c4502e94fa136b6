import { simulateServerScenario } from '../../../../core/server/simulateServerScenario.ts';
import { TALK_PRESET_NAMES, type TalkPresetName } from '../../../../core/server/talkPresetNames.ts';
import { presetScenario } from '../../../../core/server/talkPresets.ts';

/**
 * Runs every preset on the virtual engine, in the table's order, reporting each makespan (ms) as
 * it comes: all thirteen take a few tens of ms, and a row fills in as soon as its run ends.
 * Stops early when `cancelled()` says so (the view went away).
 */
export async function simulateTalkPresets(
  onResult: (name: TalkPresetName, makespanMs: number) => void,
  cancelled: () => boolean = () => false,
): Promise<void> {
  for (const name of TALK_PRESET_NAMES) {
    const run = await simulateServerScenario(presetScenario(name));
    if (cancelled()) return;
    onResult(name, run.trace.makespanMs);
  }
}
