import type { TimelineData } from '../timeline/index.ts';

/** One bar: a call, or a group of consecutive calls (then the values are means). */
export interface WaitFlightBar {
  /** "3", or "101–150" for a group; 1-based like every call number on screen. */
  readonly label: string;
  readonly firstCall: number;
  readonly lastCall: number;
  /** Time queued (ready to sent), clipped at the cursor. */
  readonly waitMs: number;
  /** Time in flight (sent to ended), clipped at the cursor. */
  readonly inFlightMs: number;
  /** The service of every call in the bar, or null when a group mixes services. */
  readonly serviceIndex: number | null;
}

export interface WaitFlightSeries {
  readonly bars: readonly WaitFlightBar[];
  /** 1 when each bar is one call; more when consecutive calls were grouped. */
  readonly callsPerBar: number;
}

/** Above this many calls, consecutive calls are grouped so the SVG stays at ≤ 200 bars. */
export const MAX_WAIT_FLIGHT_BARS = 200;

/** A time clipped at the cursor; an instant that is unknown, or still unknown at nowMs, is nowMs. */
const clip = (tMs: number, nowMs: number): number => Math.min(tMs, nowMs);

/** Finite or zero: a call not sent when "now" itself is unbounded contributes nothing yet. */
const finiteOrZero = (ms: number): number => (Number.isFinite(ms) ? ms : 0);

/**
 * Each call's queued wait and time in flight as of nowMs: a call still queued has waited until
 * now, a call in flight has flown until now, a call not yet ready has done neither. Above
 * MAX_WAIT_FLIGHT_BARS calls, bars are groups of `callsPerBar` consecutive calls (the last one
 * may be smaller) showing the mean of each phase, so the overall shape (who waits, for how long)
 * survives while the chart stays at a few hundred marks.
 */
export function waitFlightSeries(data: TimelineData, nowMs: number): WaitFlightSeries {
  const n = data.count;
  const callsPerBar = Math.max(1, Math.ceil(n / MAX_WAIT_FLIGHT_BARS));
  const bars: WaitFlightBar[] = [];
  for (let first = 0; first < n; first += callsPerBar) {
    const last = Math.min(n, first + callsPerBar) - 1;
    let wait = 0;
    let flight = 0;
    let service: number | null = data.serviceIndex[first] ?? null;
    for (let i = first; i <= last; i += 1) {
      const ready = data.readyAtMs[i] ?? Infinity;
      if (data.serviceIndex[i] !== service) service = null;
      if (!(ready < nowMs)) continue;
      const start = clip(data.startedAtMs[i] ?? Infinity, nowMs);
      const end = clip(data.endedAtMs[i] ?? Infinity, nowMs);
      wait += finiteOrZero(start - ready);
      flight += finiteOrZero(Math.max(0, end - start));
    }
    const size = last - first + 1;
    bars.push({
      label: size === 1 ? String(first + 1) : `${first + 1}–${last + 1}`,
      firstCall: first + 1,
      lastCall: last + 1,
      waitMs: wait / size,
      inFlightMs: flight / size,
      serviceIndex: service,
    });
  }
  return { bars, callsPerBar };
}
