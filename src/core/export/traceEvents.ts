import type { Millis } from '../clock.ts';

/**
 * The three kinds of Trace Event Format events the export writes (the format's Google doc, "Trace
 * Event Format"; Perfetto and chrome://tracing read both). Times are MICROseconds.
 */

/** A slice with its duration ('X', a "complete" event): one box on a track. */
export interface CompleteEvent {
  readonly ph: 'X';
  readonly name: string;
  /** Slices of one kind share a category: the trace viewers filter and colour by it. */
  readonly cat: string;
  /** Start, µs from the run's start. */
  readonly ts: number;
  /** Duration in µs (>= 0). */
  readonly dur: number;
  readonly pid: number;
  readonly tid: number;
  readonly args?: Readonly<Record<string, unknown>>;
}

/** Names and orders tracks ('M', a metadata event). */
export interface MetadataEvent {
  readonly ph: 'M';
  readonly name: 'process_name' | 'thread_name' | 'process_sort_index' | 'thread_sort_index';
  readonly pid: number;
  readonly tid: number;
  /** Not required for 'M', but some older viewers expect every event to have one. */
  readonly ts: 0;
  readonly args: { readonly name: string } | { readonly sort_index: number };
}

/**
 * A moment ('i', an instant event) on one thread's track (`s: 't'`, the scope every viewer draws
 * on the track itself): a marker with no duration.
 */
export interface InstantEvent {
  readonly ph: 'i';
  readonly name: string;
  readonly cat: string;
  readonly ts: number;
  readonly s: 't';
  readonly pid: number;
  readonly tid: number;
  readonly args?: Readonly<Record<string, unknown>>;
}

export type TraceEvent = CompleteEvent | MetadataEvent | InstantEvent;

/**
 * ms to µs, kept to the ns: the format allows fractional µs, and rounding here hides float noise
 * (0.1 + 0.2 ms) without losing the token bucket's fractions.
 */
export function micros(ms: Millis): number {
  return Math.round(ms * 1_000_000) / 1000;
}

/** A slice from `fromMs` to `toMs` (clamped so a slice never has a negative duration). */
export function slice(
  track: { readonly pid: number; readonly tid: number },
  name: string,
  cat: string,
  fromMs: Millis,
  toMs: Millis,
  args?: Readonly<Record<string, unknown>>,
): CompleteEvent {
  const ts = micros(fromMs);
  return {
    ph: 'X',
    name,
    cat,
    ts,
    dur: Math.max(0, micros(toMs) - ts),
    pid: track.pid,
    tid: track.tid,
    ...(args ? { args } : {}),
  };
}

/** A marker at `atMs` on a thread's track. */
export function instant(
  track: { readonly pid: number; readonly tid: number },
  name: string,
  cat: string,
  atMs: Millis,
  args?: Readonly<Record<string, unknown>>,
): InstantEvent {
  return {
    ph: 'i',
    name,
    cat,
    ts: micros(atMs),
    s: 't',
    pid: track.pid,
    tid: track.tid,
    ...(args ? { args } : {}),
  };
}

/** Names process `pid` and places it `sortIndex`-th among the processes. */
export function processTrack(pid: number, name: string, sortIndex: number): MetadataEvent[] {
  return [
    { ph: 'M', name: 'process_name', pid, tid: 0, ts: 0, args: { name } },
    { ph: 'M', name: 'process_sort_index', pid, tid: 0, ts: 0, args: { sort_index: sortIndex } },
  ];
}

/** Names thread `tid` of `pid` and places it `sortIndex`-th among its process's threads. */
export function threadTrack(
  pid: number,
  tid: number,
  name: string,
  sortIndex: number,
): MetadataEvent[] {
  return [
    { ph: 'M', name: 'thread_name', pid, tid, ts: 0, args: { name } },
    { ph: 'M', name: 'thread_sort_index', pid, tid, ts: 0, args: { sort_index: sortIndex } },
  ];
}
