/** A duration or instant in milliseconds. Virtual instants count from the run's start (t = 0). */
export type Millis = number;

/**
 * Where model code gets time from. The virtual engine supplies a deterministic clock; the live
 * engine (src/live) supplies the browser's monotonic clock and real timers. Core code never reads
 * time any other way.
 */
export interface Clock {
  /** The current instant in ms since the run started. */
  now(): Millis;
  /**
   * Resolves after `ms` (clamped to >= 0). Rejects with the signal's reason if `signal` aborts first.
   * `label` names the waiting task in diagnostics (for example a runaway-loop error).
   */
  sleep(ms: Millis, signal?: AbortSignal, label?: string): Promise<void>;
}
