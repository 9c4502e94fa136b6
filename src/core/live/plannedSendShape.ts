import type { Millis } from '../clock.ts';
import type { PlannedSend } from './liveTimeScale.ts';

// Shapes of a run's planned sends that the live planner reads (liveTimeScale.ts).

/**
 * For each uncompensated send, the longest chain of uncompensated sends ending with it: 1 plus
 * the longest among those that ended by the time it is sent (a client slot sends its next
 * request when the last one's answer arrives). 0 for compensated sends.
 */
export function uncompensatedChains(sends: readonly PlannedSend[]): Uint32Array {
  const chains = new Uint32Array(sends.length);
  const byStart: number[] = [];
  sends.forEach((send, index) => {
    if (send.compensated === false) byStart.push(index);
  });
  const startOf = (index: number): Millis => (sends[index] as PlannedSend).atMs;
  const endOf = (index: number): Millis => startOf(index) + (sends[index] as PlannedSend).latencyMs;
  byStart.sort((a, b) => startOf(a) - startOf(b));
  const byEnd = [...byStart].sort((a, b) => endOf(a) - endOf(b));
  let ended = 0;
  let longestEnded = 0;
  for (const index of byStart) {
    // A send that ends when (or before) this one starts was sent earlier, so its chain is known
    // (a zero-latency send at this very instant counts once it has been seen).
    while (ended < byEnd.length && endOf(byEnd[ended] as number) <= startOf(index)) {
      const chain = chains[byEnd[ended] as number] as number;
      if (chain === 0) break;
      longestEnded = Math.max(longestEnded, chain);
      ended += 1;
    }
    chains[index] = longestEnded + 1;
  }
  return chains;
}

/** The shortest latency among the compensated sends, ms (0 when there are none). */
export function shortestCompensatedMs(sends: readonly PlannedSend[]): Millis {
  let shortestMs = Infinity;
  for (const send of sends) {
    if (send.compensated !== false) shortestMs = Math.min(shortestMs, send.latencyMs);
  }
  return Number.isFinite(shortestMs) ? shortestMs : 0;
}

/** The most of the ascending instants `ordered` within any half-open window of `windowMs`. */
export function peakInWindow(ordered: readonly Millis[], windowMs: Millis): number {
  let peak = 0;
  let first = 0;
  for (let last = 0; last < ordered.length; last += 1) {
    const lastAtMs = ordered[last] as Millis;
    while (lastAtMs - (ordered[first] as Millis) >= windowMs) first += 1;
    peak = Math.max(peak, last - first + 1);
  }
  return peak;
}

/** The most sends in flight at once, each over [atMs, atMs + latencyMs); ends before starts. */
export function peakInFlight(sends: readonly PlannedSend[]): number {
  const edges: Array<[Millis, number]> = [];
  for (const send of sends) edges.push([send.atMs, 1], [send.atMs + send.latencyMs, -1]);
  edges.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  let inFlight = 0;
  let peak = 0;
  for (const [, step] of edges) {
    inFlight += step;
    peak = Math.max(peak, inFlight);
  }
  return peak;
}

/**
 * The most of the ascending instants `ordered` within any half-open window of `windowMs`, less
 * the largest group sent at one instant inside that window: the sustained stream, with one burst
 * taken out. A burst is the FIFO model's to judge (its backlog against the calls' latency); a
 * stream that keeps coming is what holds the page busy for all of that span: so 200 sends at one
 * instant count 0 here, and ten waves of ten in a window count 90.
 */
export function sustainedInWindow(ordered: readonly Millis[], windowMs: Millis): number {
  // Runs of equal instants, as [first index, size].
  const groups: Array<[number, number]> = [];
  for (let i = 0; i < ordered.length; i += 1) {
    const last = groups[groups.length - 1];
    if (last !== undefined && ordered[last[0]] === ordered[i]) last[1] += 1;
    else groups.push([i, 1]);
  }
  let peak = 0;
  let first = 0;
  let count = 0;
  // Indices into `groups` of the window's groups, their sizes decreasing (the front is largest).
  const largest: number[] = [];
  for (let g = 0; g < groups.length; g += 1) {
    const [startIndex, size] = groups[g] as [number, number];
    const atMs = ordered[startIndex] as Millis;
    count += size;
    while (
      largest.length > 0 &&
      (groups[largest[largest.length - 1] as number] as [number, number])[1] <= size
    ) {
      largest.pop();
    }
    largest.push(g);
    while (atMs - (ordered[(groups[first] as [number, number])[0]] as Millis) >= windowMs) {
      count -= (groups[first] as [number, number])[1];
      if (largest[0] === first) largest.shift();
      first += 1;
    }
    const burst = (groups[largest[0] as number] as [number, number])[1];
    peak = Math.max(peak, count - burst);
  }
  return peak;
}
