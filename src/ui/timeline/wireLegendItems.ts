import type { TimelineData } from './timelineData.ts';
import type { WireTable } from './wireTable.ts';

/** The wire phases the timeline can draw, in DevTools' order (the legend's order). */
export const WIRE_LEGEND_KINDS = ['queued', 'connect', 'waiting', 'download'] as const;

export type WireLegendKind = (typeof WIRE_LEGEND_KINDS)[number];

export const WIRE_LEGEND_TEXT: Readonly<Record<WireLegendKind, string>> = {
  queued: 'queued in the browser (waiting for a connection, or stalled)',
  connect: 'connection set-up',
  waiting: 'waiting for the first byte',
  download: 'download',
};

/** What a run's wire phases hold: the phases that took time, and the protocols seen. */
export interface WireLegendContent {
  readonly kinds: readonly WireLegendKind[];
  /** Distinct `nextHopProtocol`s in order of first appearance (empty ones left out). */
  readonly protocols: readonly string[];
}

function scan(
  table: WireTable,
  slots: number,
  present: Set<WireLegendKind>,
  protocols: string[],
): void {
  for (let slot = 0; slot < slots; slot += 1) {
    if (!table.has(slot)) continue;
    if ((table.queuedMs[slot] as number) > 0) present.add('queued');
    if ((table.connectMs[slot] as number) > 0) present.add('connect');
    if ((table.waitingMs[slot] as number) > 0) present.add('waiting');
    if ((table.downloadMs[slot] as number) > 0) present.add('download');
    const protocol = table.protocol[slot] ?? '';
    if (protocol !== '' && !protocols.includes(protocol)) protocols.push(protocol);
  }
}

/**
 * The key's content for the run as the data knows it: nothing at all for a run without wire
 * phases (MSW runs, the virtual engine without a connection cap), so the key appears only when
 * the timeline draws phases; and only phases that took time somewhere. O(calls + copies).
 */
export function wireLegendContent(data: TimelineData): WireLegendContent {
  const present = new Set<WireLegendKind>();
  const protocols: string[] = [];
  if (data.wire?.any === true) scan(data.wire, data.count, present, protocols);
  const copies = data.copies;
  if (copies?.wire.any === true) scan(copies.wire, copies.length, present, protocols);
  return { kinds: WIRE_LEGEND_KINDS.filter((kind) => present.has(kind)), protocols };
}
