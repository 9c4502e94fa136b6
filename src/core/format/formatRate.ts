import { formatNumber } from './formatNumber.ts';

/**
 * A rate with the decimals that matter at its size: 3.2 -> "3.20", 12.46 -> "12.5",
 * 312.4 -> "312", 4200 -> "4,200" (the unit, e.g. "req/s", is the caller's).
 */
export function formatRate(perUnit: number): string {
  const size = Math.abs(perUnit);
  const decimals = size >= 100 ? 0 : size >= 10 ? 1 : 2;
  return formatNumber(perUnit, { decimals, trim: false });
}

/** A ratio to two fixed places: copies per call 4 -> "4.00", 1.125 -> "1.13". */
export function formatRatio(value: number): string {
  return formatNumber(value, { decimals: 2, trim: false });
}

/** A percentage (0-100) to at most one decimal, without the sign: 75 -> "75", 66.67 -> "66.7". */
export function formatPercentValue(pct: number): string {
  return formatNumber(pct, { decimals: 1 });
}

/** A percentage for prose: 66.67 -> "66.7%". */
export function formatPercent(pct: number): string {
  const value = formatPercentValue(pct);
  return Number.isFinite(pct) ? `${value}%` : value;
}
