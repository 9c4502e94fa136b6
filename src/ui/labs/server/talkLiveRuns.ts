import type { TalkPresetName } from '../../../core/server/talkPresetNames.ts';
import { presetScenario, talkPreset } from '../../../core/server/talkPresets.ts';
import { serverRunInputOf } from '../../../core/server/serverRunInput.ts';
import type { LiveServerPort } from '../../liveServerPort.ts';
import { defaultTimeScale } from './timeScaleChoice.ts';

/** Where one row's live run stands. Times are experiment ms (scaled back from wall time). */
export type TalkLiveState =
  | {
      readonly status: 'running';
      readonly completed: number;
      readonly total: number;
      readonly timeScale: number;
    }
  | {
      readonly status: 'done';
      readonly makespanMs: number;
      readonly timeScale: number;
      /** Why the timings may not be trusted (a hidden tab, a saturated page); often empty. */
      readonly notes: readonly string[];
    }
  | { readonly status: 'failed'; readonly error: string };

export interface TalkLiveRuns {
  /** One entry per row that ran live; a new Map whenever anything changed. */
  readonly getSnapshot: () => ReadonlyMap<TalkPresetName, TalkLiveState>;
  readonly subscribe: (listener: () => void) => () => void;
  /** Runs the preset live, at the time scale that fits it into about 5 s; stops any other first. */
  readonly run: (name: TalkPresetName) => void;
  /** Stops the run in progress; its row forgets it. */
  readonly stop: () => void;
  readonly isRunning: () => boolean;
  readonly setLiveServer: (port: LiveServerPort | null) => void;
}

/**
 * The Talk view's "Run live" buttons, outside React. One live run at a time (they share this
 * page's main thread with the mocks), each with a token like the lab's runs: a stopped run's
 * late events and result never land. Rows keep their last result until run again.
 */
export function createTalkLiveRuns(initialPort: LiveServerPort | null = null): TalkLiveRuns {
  let port = initialPort;
  let states = new Map<TalkPresetName, TalkLiveState>();
  const listeners = new Set<() => void>();
  let token = 0;
  let current: { name: TalkPresetName; abort: AbortController } | null = null;

  const set = (name: TalkPresetName, state: TalkLiveState | null): void => {
    states = new Map(states);
    if (state === null) states.delete(name);
    else states.set(name, state);
    for (const listener of listeners) listener();
  };

  const stop = (): void => {
    token += 1;
    if (current === null) return;
    const { name, abort } = current;
    current = null;
    abort.abort(new DOMException('The live run was stopped.', 'AbortError'));
    set(name, null);
  };

  const run = (name: TalkPresetName): void => {
    stop();
    const runToken = token;
    if (port === null) {
      set(name, { status: 'failed', error: 'live server runs are unavailable here' });
      return;
    }
    const input = serverRunInputOf(presetScenario(name));
    const timeScale = defaultTimeScale(talkPreset(name).idealSeconds * 1000);
    const abort = new AbortController();
    current = { name, abort };
    const total = input.server.requests;
    let completed = 0;
    set(name, { status: 'running', completed, total, timeScale });
    port
      .run(input, {
        signal: abort.signal,
        timeScale,
        compensate: true,
        onEvent: (event) => {
          if (runToken !== token || event.type !== 'request-ended') return;
          completed += 1;
          set(name, { status: 'running', completed, total, timeScale });
        },
      })
      .then(
        (result) => {
          if (runToken !== token) return;
          current = null;
          set(name, {
            status: 'done',
            makespanMs: result.trace.makespanMs,
            timeScale: result.timeScale,
            notes: result.reliability.notes,
          });
        },
        (error: unknown) => {
          if (runToken !== token) return;
          current = null;
          set(name, {
            status: 'failed',
            error: error instanceof Error ? error.message : String(error),
          });
        },
      );
  };

  return {
    getSnapshot: () => states,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    run,
    stop,
    isRunning: () => current !== null,
    setLiveServer: (next) => {
      port = next;
    },
  };
}
