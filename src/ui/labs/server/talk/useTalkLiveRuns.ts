import type { TalkPresetName } from '../../../../core/server/talkPresetNames.ts';
import type { LiveServerPort } from '../../../liveServerPort.ts';
import type { FrameSource } from '../../../run/frameSource.ts';
import { useRunSession } from '../../../run/useRunSession.ts';
import { createTalkLiveRuns, type TalkLiveRuns, type TalkLiveState } from './talkLiveRuns.ts';

const create = (frames: FrameSource, port: LiveServerPort | null): TalkLiveRuns =>
  createTalkLiveRuns(port, frames);

/** The Talk view's live runs for the lab's lifetime (see run/useRunSession.ts). */
export function useTalkLiveRuns(port: LiveServerPort | null): {
  talkRuns: TalkLiveRuns;
  talkLive: ReadonlyMap<TalkPresetName, TalkLiveState>;
} {
  const { controller, snapshot } = useRunSession(create, port);
  return { talkRuns: controller, talkLive: snapshot };
}
