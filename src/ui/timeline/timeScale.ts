import { durationAxis } from '../../core/format/durationAxis.ts';

/**
 * A linear map from time (ms) to horizontal position (px), after Perfetto UI's small pure scale:
 * the timeline, its hit test and its tooltip all convert through the same four numbers.
 */
export interface TimeScale {
  readonly domainStartMs: number;
  readonly domainEndMs: number;
  readonly rangeStartPx: number;
  readonly rangeEndPx: number;
}

/** A scale; an empty or inverted domain is widened to 1 ms so that conversions stay finite. */
export function timeScale(
  domainStartMs: number,
  domainEndMs: number,
  rangeStartPx: number,
  rangeEndPx: number,
): TimeScale {
  const endMs = domainEndMs > domainStartMs ? domainEndMs : domainStartMs + 1;
  return { domainStartMs, domainEndMs: endMs, rangeStartPx, rangeEndPx };
}

/** Pixels per millisecond. */
export function pxPerMs(scale: TimeScale): number {
  return (scale.rangeEndPx - scale.rangeStartPx) / (scale.domainEndMs - scale.domainStartMs);
}

export function toPx(scale: TimeScale, ms: number): number {
  return scale.rangeStartPx + (ms - scale.domainStartMs) * pxPerMs(scale);
}

export function toMs(scale: TimeScale, xPx: number): number {
  return scale.domainStartMs + (xPx - scale.rangeStartPx) / pxPerMs(scale);
}

export interface Tick {
  readonly atMs: number;
  readonly label: string;
}

export interface Ticks {
  /** Distance between ticks: 1, 2 or 5 × 10^k ms. */
  readonly stepMs: number;
  readonly ticks: readonly Tick[];
}

/** The smallest 1/2/5 × 10^k step that puts at most `maxTicks` ticks on [startMs, endMs]. */
export function niceStepMs(spanMs: number, maxTicks: number): number {
  const rough = spanMs / Math.max(1, maxTicks);
  let power = 10 ** Math.floor(Math.log10(rough));
  // log10 can land one power low or high on exact powers of ten; the loop settles it.
  for (;;) {
    for (const m of [1, 2, 5]) {
      const step = m * power;
      if (Math.floor(spanMs / step) + 1 <= maxTicks) return step;
    }
    power *= 10;
  }
}

/**
 * Tick label convention: `0`, then every tick in the unit the axis's far end is written in
 * (src/core/format: ms below 10 s, then s, then min:s), with just the decimals the step needs:
 * `250 ms`, `1,250 ms`; `5 s`, `12.5 s`; `15:00 min`.
 */
export function formatTickMs(ms: number, stepMs: number, axisEndMs: number): string {
  return durationAxis(axisEndMs, stepMs).tickWithUnit(ms);
}

/** Round ticks on [startMs, endMs], at most `maxTicks` (at least 1) of them. */
export function niceTicks(startMs: number, endMs: number, maxTicks: number): Ticks {
  if (!Number.isFinite(startMs) || !Number.isFinite(endMs) || endMs <= startMs) {
    return { stepMs: 0, ticks: [] };
  }
  const stepMs = niceStepMs(endMs - startMs, Math.max(1, Math.floor(maxTicks)));
  const axis = durationAxis(Math.max(Math.abs(startMs), Math.abs(endMs)), stepMs);
  const ticks: Tick[] = [];
  // The 1e-9 step tolerance keeps an end that is a multiple of the step (0.3 = 3 × 0.1).
  const lastK = Math.floor(endMs / stepMs + 1e-9);
  for (let k = Math.ceil(startMs / stepMs - 1e-9); k <= lastK; k += 1) {
    // k * step, not a running sum, so 0.1-steps do not drift; toPrecision strips float noise.
    const atMs = Number((k * stepMs).toPrecision(12));
    ticks.push({ atMs, label: axis.tickWithUnit(atMs) });
  }
  return { stepMs, ticks };
}
