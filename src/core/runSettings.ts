/**
 * `virtual`: the models on a deterministic virtual clock. `live`: real fetch() answered by MSW in
 * the page (no socket is opened). `network`: real fetch() to the project's own upstream server
 * (`npm start`), where the browser's connection limits show (docs/network.md).
 */
export const ENGINE_NAMES = ['virtual', 'live', 'network'] as const;
export type EngineName = (typeof ENGINE_NAMES)[number];

/** The engines that send real fetch() calls, and so share the live runs' bounds (limits.ts). */
export function sendsRealFetches(engine: EngineName): boolean {
  return engine !== 'virtual';
}

/**
 * The HTTP version the calls to the upstream travel over: `http1` (HTTP/1.1, one call per
 * connection at a time, browsers open at most 6 connections per host) or `h2` (HTTP/2, every
 * call multiplexed on one connection).
 */
export const PROTOCOL_NAMES = ['http1', 'h2'] as const;
export type ProtocolName = (typeof PROTOCOL_NAMES)[number];

/** How a run is made: its engine, its seed, and how a virtual run replays. */
export interface RunSettings {
  readonly engine: EngineName;
  readonly seed: number;
  /** Replay speed of virtual runs: 1 is real time, below 1 slow motion. */
  readonly speed: number;
  /** Live runs: subtract the calibrated mock overhead from each call's mocked delay. */
  readonly compensate: boolean;
  /** Start a run as soon as the page loads. */
  readonly autorun: boolean;
  /** The protocol to the upstream (network runs, and the virtual connection cap). Default http1. */
  readonly protocol: ProtocolName;
  /**
   * HTTP/1.1 connections per upstream origin (src/core/connectionCap.ts says when the virtual
   * engine applies them); null: the browser's own default, 6. Within CONNECTIONS_RANGE.
   */
  readonly connections: number | null;
}

export const DEFAULT_RUN: RunSettings = {
  engine: 'virtual',
  seed: 1,
  speed: 1,
  compensate: true,
  autorun: false,
  protocol: 'http1',
  connections: null,
};
