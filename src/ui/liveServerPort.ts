import type { LiveServerResult, LiveServerRunOptions } from '../core/server/liveServerTypes.ts';
import type { ServerRunInput } from '../core/server/serverRunInput.ts';

export type {
  LiveServerResult,
  LiveServerRunOptions,
  ServerRunEvent,
} from '../core/server/liveServerTypes.ts';

/**
 * What the Server lab needs from the live server engine. src/app adapts src/live to it (ui never
 * imports live); `null` means live runs are unavailable (no service worker).
 */
export interface LiveServerPort {
  /** Runs the load test for real through MSW. Rejects with the signal's reason when aborted. */
  readonly run: (input: ServerRunInput, options: LiveServerRunOptions) => Promise<LiveServerResult>;
}
