import { useEffect, useState, useSyncExternalStore } from 'react';
import type { TalkPresetName } from '../../../core/server/talkPresetNames.ts';
import type { LiveServerPort } from '../../liveServerPort.ts';
import { createTalkLiveRuns, type TalkLiveRuns, type TalkLiveState } from './talkLiveRuns.ts';

/** The Talk view's live runs for the lab's lifetime; leaving the lab stops one in progress. */
export function useTalkLiveRuns(port: LiveServerPort | null): {
  talkRuns: TalkLiveRuns;
  talkLive: ReadonlyMap<TalkPresetName, TalkLiveState>;
} {
  const [talkRuns] = useState(() => createTalkLiveRuns(port));
  useEffect(() => talkRuns.setLiveServer(port), [talkRuns, port]);
  useEffect(() => () => talkRuns.stop(), [talkRuns]);
  const talkLive = useSyncExternalStore(talkRuns.subscribe, talkRuns.getSnapshot);
  return { talkRuns, talkLive };
}
