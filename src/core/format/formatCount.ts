import { formatNumber } from './formatNumber.ts';

/** A whole count with thousands grouped: 20795 -> "20,795". A fraction is rounded. */
export function formatCount(n: number): string {
  return formatNumber(n);
}

/** A count with its noun: `countOf(1, 'call', 'calls')` "1 call", 100000 -> "100,000 calls". */
export function countOf(n: number, one: string, many: string): string {
  return `${formatCount(n)} ${n === 1 ? one : many}`;
}
