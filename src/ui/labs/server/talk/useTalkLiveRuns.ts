import type { TalkPresetName } from '../../../../core/server/talkPresetNames.ts';
import type { LiveServerPort } from '../../../liveServerPort.ts';
import { useRunSession } from '../../../run/useRunSession.ts';
import { createTalkLiveRuns, type TalkLiveRuns, type TalkLiveState } from './talkLiveRuns.ts';

/** Leaving the lab resets the Talk view's runs as it does a lab's: by stopping the one in progress. */
const create = (port: LiveServerPort | null): TalkLiveRuns & { reset: () => void } => {
  const runs = createTalkLiveRuns(port);
  return { ...runs, reset: runs.stop };
};
const connect = (runs: TalkLiveRuns, port: LiveServerPort | null): void => runs.setLiveServer(port);

/** The Talk view's live runs for the lab's lifetime (see run/useRunSession.ts). */
export function useTalkLiveRuns(port: LiveServerPort | null): {
  talkRuns: TalkLiveRuns;
  talkLive: ReadonlyMap<TalkPresetName, TalkLiveState>;
} {
  const { controller, snapshot } = useRunSession(create, port, connect);
  return { talkRuns: controller, talkLive: snapshot };
}
