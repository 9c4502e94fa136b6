import { useEffect, useState } from 'react';
import type { TalkPresetName } from '../../../../core/server/talkPresetNames.ts';
import { simulateTalkPresets } from './talkSimulations.ts';

/** Each preset's virtual makespan (ms), filled in as the runs end; computed once per mount. */
export function useTalkSimulations(): ReadonlyMap<TalkPresetName, number> {
  const [results, setResults] = useState<ReadonlyMap<TalkPresetName, number>>(new Map());
  useEffect(() => {
    let cancelled = false;
    simulateTalkPresets(
      (name, makespanMs) => setResults((previous) => new Map(previous).set(name, makespanMs)),
      () => cancelled,
    ).catch(() => {
      // A preset that cannot run keeps its dash; the lab's own Run shows the error in words.
    });
    return () => {
      cancelled = true;
    };
  }, []);
  return results;
}
