import type { Palette } from '../../../palette.ts';

/** The colours of the Server lab's timeline, shared with its HTML legend. */
export interface ServerTimelineColours {
  /** A worker serving a request. */
  readonly served: string;
  /** Requests waiting at the client (for one of its C slots). */
  readonly atClient: string;
  readonly atClientAlpha: number;
  /** Requests waiting at the server (for a free worker). */
  readonly atServer: string;
  readonly atServerAlpha: number;
}

/**
 * Served bars wear the first service hue; the two queues are a neutral grey (waiting for the
 * client's own limit) and the second hue (waiting for the server: the thing the talk tunes).
 */
export function serverTimelineColours(palette: Palette): ServerTimelineColours {
  return {
    served: palette.services[0] ?? palette.text,
    atClient: palette.mutedText,
    atClientAlpha: 0.45,
    atServer: palette.services[1] ?? palette.text,
    atServerAlpha: 0.7,
  };
}
