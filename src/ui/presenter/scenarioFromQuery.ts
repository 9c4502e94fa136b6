import type { Scenario } from '../../core/scenario.ts';
import { decodeScenario, type ParamMessage } from '../../core/urlCodec.ts';

/** The parameters that belong to the frame, not to the scenario a deck may swap. */
const FRAME_PARAMS = ['embed', 'controls', 'still', 'theme', 'origin'] as const;

/**
 * The scenario an `overlap:set-scenario` message asks for: its query decoded like an address,
 * with the codec's messages. The presenting parameters stay as the frame's own address set them:
 * the host page chose them in the iframe's `src`, and a message must not lift an origin
 * restriction or bring back controls the page hid; naming one in the query is reported.
 */
export function scenarioFromQuery(
  query: string,
  current: Scenario,
): { scenario: Scenario; messages: ParamMessage[] } {
  const { scenario, messages } = decodeScenario(query);
  const given = new URLSearchParams(query.startsWith('?') ? query.slice(1) : query);
  for (const param of FRAME_PARAMS) {
    const value = given.get(param);
    if (value === null) continue;
    messages.push({
      param,
      value,
      message: `${param}: is set by the frame's address and a message cannot change it; it stays as it was.`,
    });
  }
  return {
    scenario: {
      ...scenario,
      // Every presenting parameter (FRAME_PARAMS is the whole view part).
      view: current.view,
    },
    messages,
  };
}
