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
  sleep(ms: Millis, signal?: AbortSignal, label?: SleepLabel): Promise<void>;
}

/**
 * What a sleep is for, named only if a diagnostic needs it: a text, or the call it waits on
 * (named then by callLabel). The virtual engine sleeps once per copy of every call, so building
 * each call's text up front was a string per call that no run ever read.
 */
export type SleepLabel = string | { readonly index: number; readonly service?: string };
