import type { LiveRunResult } from '../core/liveTypes.ts';
import type { ModelSpec } from '../core/modelSpec.ts';
import type { PlannedCall } from '../core/plannedCall.ts';
import type { FanOutPolicyOptions } from '../core/runFanOut.ts';
import type { ProtocolName } from '../core/runSettings.ts';
import type { RunEvent } from '../core/trace.ts';

/** How a network run is asked for (src/live/networkEngine.ts takes the same). */
export interface NetworkPortRunOptions {
  readonly signal: AbortSignal;
  readonly onEvent: (event: RunEvent) => void;
  readonly faults?: FanOutPolicyOptions;
  readonly protocol: ProtocolName;
  /** `connection=close`: each copy asks the server for `Connection: close`. */
  readonly closeConnection?: boolean;
}

/**
 * What the labs need from the network engine (real fetch() calls to Overlap's own server, with
 * wire phases from Resource Timing). src/app adapts src/live to it, as for the live engine.
 */
export interface NetworkEnginePort {
  readonly run: (
    calls: readonly PlannedCall[],
    spec: ModelSpec,
    options: NetworkPortRunOptions,
  ) => Promise<LiveRunResult>;
}

/** Whether this page can use the network engine: it needs Overlap's own server (`npm start`). */
export type NetworkAccess =
  | { readonly kind: 'checking' }
  | { readonly kind: 'available'; readonly port: NetworkEnginePort }
  | { readonly kind: 'unavailable'; readonly reason: string };

/** Why the network engine is off on a page served without Overlap's server (a static build). */
export const NO_SERVER_SENTENCE =
  "The network engine needs Overlap's own server: run `npm start` and open http://localhost:4180.";

/** Why the network engine cannot be chosen now, or null when it can. */
export function networkUnavailableReasonOf(access: NetworkAccess): string | null {
  switch (access.kind) {
    case 'available':
      return null;
    case 'checking':
      return "looking for Overlap's own server on this page's origin…";
    case 'unavailable':
      return access.reason;
  }
}

/** The port when the network engine can run, else null. */
export function networkPortOf(access: NetworkAccess | undefined): NetworkEnginePort | null {
  return access?.kind === 'available' ? access.port : null;
}
