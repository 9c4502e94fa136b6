import {
  DEFAULT_FAN_OUT,
  DEFAULT_LIMIT,
  type CallSpec,
  type FanOutSettings,
} from './fanOutSettings.ts';
import { NO_FAULTS, type FaultSettings } from './faults/faultSettings.ts';
import { drawLatencyMs } from './latency.ts';
import type { ModelSpec } from './modelSpec.ts';
import type { PlannedCall } from './plannedCall.ts';
import { DEFAULT_POLICY, type CallPolicy } from './policy/callPolicy.ts';
import { DEFAULT_RUN, type RunSettings } from './runSettings.ts';
import { seededRandom } from './seededRandom.ts';
import { DEFAULT_SERVER_SPEC, type ServerSpec } from './server/serverSpec.ts';
import type { TalkPresetName } from './server/talkPresetNames.ts';
import { DEFAULT_VIEW, type ViewSettings } from './viewSettings.ts';

export { DEFAULT_LIMIT, TALK_CALLS, type CallSpec, type FanOutSettings } from './fanOutSettings.ts';
export { ENGINE_NAMES, type EngineName, type RunSettings } from './runSettings.ts';
export { THEME_NAMES, type ThemeName, type ViewSettings } from './viewSettings.ts';

export const LAB_NAMES = ['fanout', 'compare', 'server'] as const;
export type LabName = (typeof LAB_NAMES)[number];

/**
 * Everything a person can set, exactly what the URL holds (see urlCodec.ts), in parts: each
 * part is what one kind of code reads (the engines read `run`, the models `fanOut`, the mocked
 * services `faults`, the client `policy`, the Server lab `server`, the page `view`).
 */
export interface Scenario {
  readonly lab: LabName;
  readonly run: RunSettings;
  readonly fanOut: FanOutSettings;
  /** Faults of the Fan-out and Compare labs' services (docs/faults.md). */
  readonly faults: FaultSettings;
  /** The call policies of the Fan-out and Compare labs (docs/faults.md). */
  readonly policy: CallPolicy;
  /** The Server lab (see server/serverSpec.ts for what each field means). */
  readonly server: ServerSpec;
  /**
   * The talk preset the other fields start from (null: none). The URL writes it with only the
   * fields that differ from the preset's values (see urlCodec.ts).
   */
  readonly preset: TalkPresetName | null;
  readonly view: ViewSettings;
}

export const DEFAULT_SCENARIO: Scenario = {
  lab: 'fanout',
  run: DEFAULT_RUN,
  fanOut: DEFAULT_FAN_OUT,
  faults: NO_FAULTS,
  policy: DEFAULT_POLICY,
  server: DEFAULT_SERVER_SPEC,
  preset: null,
  view: DEFAULT_VIEW,
};

/** The runnable model of a scenario, with the parameters it uses. */
export function modelSpecOf(fanOut: FanOutSettings): ModelSpec {
  const limit = fanOut.limit ?? DEFAULT_LIMIT;
  switch (fanOut.model) {
    case 'sequential':
    case 'promise-all':
      return { name: fanOut.model };
    case 'worker-pool':
    case 'batches':
      return { name: fanOut.model, limit };
    case 'offload':
      return { name: 'offload', workMs: fanOut.workMs };
    case 'throttled': {
      const bound = fanOut.limit;
      switch (fanOut.throttle) {
        case 'sliding':
        case 'fixed':
          return {
            name: 'throttled',
            limit: bound,
            throttle: { kind: fanOut.throttle, cap: fanOut.cap, windowMs: fanOut.windowMs },
          };
        case 'spacing':
          return {
            name: 'throttled',
            limit: bound,
            throttle: { kind: 'spacing', minTimeMs: fanOut.minTimeMs },
          };
        case 'bucket':
          return {
            name: 'throttled',
            limit: bound,
            throttle: { kind: 'bucket', burst: fanOut.burst, ratePerSec: fanOut.ratePerSec },
          };
      }
    }
  }
}

/**
 * Draws the latencies of one request's calls. Call i of request r draws from its own seeded
 * stream (seed, r, i): the same seed gives the same run in every engine and on every machine.
 */
export function planCalls(calls: readonly CallSpec[], seed: number, request = 0): PlannedCall[] {
  return calls.map((call, index) => ({
    request,
    index,
    service: call.service,
    latencyMs: drawLatencyMs(call.latency, seededRandom(seed, request, index)),
  }));
}
