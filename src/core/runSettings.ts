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

/**
 * What happens to an HTTP/1.1 connection after an answer: `keep-alive` keeps it open for the
 * next call (set-up once per connection), `close` (the server's `Connection: close`) closes it,
 * so every call opens a new one and pays the set-up again. HTTP/2 keeps its one connection.
 */
export const CONNECTION_REUSE_NAMES = ['keep-alive', 'close'] as const;
export type ConnectionReuse = (typeof CONNECTION_REUSE_NAMES)[number];

/**
 * What the Compare lab's lanes differ in: every model over the same calls (`models`), or the
 * scenario's model over HTTP/1.1 and HTTP/2 (`protocols`, the browser's connections modelled).
 */
export const COMPARE_BY_NAMES = ['models', 'protocols'] as const;
export type CompareBy = (typeof COMPARE_BY_NAMES)[number];

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
  /** Keep HTTP/1.1 connections open between calls (default) or close them after each answer. */
  readonly connection: ConnectionReuse;
  /**
   * The virtual engine's cost of opening a connection (DNS, TCP, TLS), in ms: its `connectMs`.
   * 0 by default; network runs measure their own set-up instead. Within SETUP_RANGE_MS.
   */
  readonly setupMs: number;
  /** The Compare lab's lanes: one per model (default) or one per protocol. */
  readonly compareBy: CompareBy;
  /**
   * The Fan-out lab runs its request this many times on the virtual engine (DESIGN.md,
   * "Repetitions"): repetition k draws from streams (seed, k, call), repetition 0 is the single
   * run shown on the timeline. 1 (the default) is the plain single run. Within REPEAT_RANGE.
   */
  readonly repeat: number;
}

export const DEFAULT_RUN: RunSettings = {
  engine: 'virtual',
  seed: 1,
  speed: 1,
  compensate: true,
  autorun: false,
  protocol: 'http1',
  connections: null,
  connection: 'keep-alive',
  setupMs: 0,
  compareBy: 'models',
  repeat: 1,
};
