import type { WirePhases } from '../../core/trace.ts';

/**
 * Where each call's (or each copy's) time went on the wire (core's WirePhases), as a growable
 * struct of arrays so the timeline draws 100,000 calls without a per-call object. Slots are call
 * indices (TimelineData.wire) or copy indices (CopyList.wire). NaN in `queuedMs` means "no phases
 * known for this slot"; runs without any phases pay nothing (arrays are allocated on the first
 * `set`). Arrays are replaced when they grow: read them through the table each frame.
 */
export class WireTable {
  /** True once any slot holds phases (the legend and the table columns appear then). */
  any = false;
  queuedMs = new Float64Array(0);
  connectMs = new Float64Array(0);
  waitingMs = new Float64Array(0);
  downloadMs = new Float64Array(0);
  /** Per slot: the protocol ('' when unknown); sparse, only slots with phases. */
  readonly protocol: string[] = [];

  /** True when slot `slot` holds phases. */
  has(slot: number): boolean {
    return slot < this.queuedMs.length && !Number.isNaN(this.queuedMs[slot]);
  }

  set(slot: number, wire: WirePhases): void {
    if (slot < 0) return;
    if (slot >= this.queuedMs.length) this.grow(slot + 1);
    this.queuedMs[slot] = wire.queuedMs;
    this.connectMs[slot] = wire.connectMs;
    this.waitingMs[slot] = wire.waitingMs;
    this.downloadMs[slot] = wire.downloadMs;
    this.protocol[slot] = wire.protocol;
    this.any = true;
  }

  /** The slot's phases as core's shape, or null (for the tooltip and table: not per frame). */
  get(slot: number): WirePhases | null {
    if (!this.has(slot)) return null;
    return {
      queuedMs: this.queuedMs[slot] as number,
      connectMs: this.connectMs[slot] as number,
      waitingMs: this.waitingMs[slot] as number,
      downloadMs: this.downloadMs[slot] as number,
      protocol: this.protocol[slot] ?? '',
    };
  }

  private grow(atLeast: number): void {
    const size = Math.max(16, atLeast, this.queuedMs.length * 2);
    const grown = (old: Float64Array<ArrayBuffer>): Float64Array<ArrayBuffer> => {
      const array = new Float64Array(size).fill(Number.NaN);
      array.set(old);
      return array;
    };
    this.queuedMs = grown(this.queuedMs);
    this.connectMs = grown(this.connectMs);
    this.waitingMs = grown(this.waitingMs);
    this.downloadMs = grown(this.downloadMs);
  }
}
