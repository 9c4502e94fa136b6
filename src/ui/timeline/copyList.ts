import { COPY_IN_FLIGHT } from './timelineCodes.ts';
import { WireTable } from './wireTable.ts';

/**
 * Every copy of every call (first sends, retries, hedges) as one flat, growable struct of
 * arrays: a run with faults may send several copies per call, and 100,000 calls must still cost
 * no per-frame allocation. Each call's copies form a linked list in attempt order (`firstOf`,
 * `next`), so a live run can add them in whatever order calls interleave.
 *
 * Runs without copies pay nothing: the per-call heads are allocated on the first `add`.
 * Arrays are replaced when they grow, so read them through the list each frame (never keep one).
 */
export class CopyList {
  /** Copies stored. */
  length = 0;
  call = new Uint32Array(0);
  /** 0 for the first copy, then in the order sent (AttemptSpan.attempt). */
  attempt = new Uint16Array(0);
  /** 1 for a hedge (the second copy of a hedged attempt). */
  hedge = new Uint8Array(0);
  startedAtMs = new Float64Array(0);
  /** Infinity while in flight. */
  endedAtMs = new Float64Array(0);
  /** A COPY_CODE; COPY_IN_FLIGHT (0) until it ends. */
  outcome = new Uint8Array(0);
  /** The call's next copy, or -1. */
  next = new Int32Array(0);
  /** Per copy (by its index here): where its time went on the wire, when the engine could tell. */
  readonly wire = new WireTable();
  private head: Int32Array | null = null;
  private tail: Int32Array | null = null;

  constructor(readonly callCount: number) {}

  /** The call's first copy, or -1 when it has none (yet). */
  firstOf(call: number): number {
    return this.head === null ? -1 : (this.head[call] ?? -1);
  }

  /** Adds a copy; it is linked after the call's copies with lower attempt numbers. */
  add(
    call: number,
    attempt: number,
    hedge: boolean,
    startedAtMs: number,
    endedAtMs = Infinity,
    outcome = COPY_IN_FLIGHT,
  ): number {
    if (call < 0 || call >= this.callCount) return -1;
    const k = this.length;
    if (k === this.call.length) this.grow();
    this.call[k] = call;
    this.attempt[k] = attempt;
    this.hedge[k] = hedge ? 1 : 0;
    this.startedAtMs[k] = startedAtMs;
    this.endedAtMs[k] = endedAtMs;
    this.outcome[k] = outcome;
    this.next[k] = -1;
    this.length = k + 1;
    this.link(call, k);
    return k;
  }

  /** Records the end of the call's copy `attempt`: its index, or -1 when no such copy was added. */
  end(call: number, attempt: number, endedAtMs: number, outcome: number): number {
    for (let k = this.firstOf(call); k >= 0; k = this.next[k] as number) {
      if (this.attempt[k] !== attempt) continue;
      this.endedAtMs[k] = endedAtMs;
      this.outcome[k] = outcome;
      return k;
    }
    return -1;
  }

  private link(call: number, k: number): void {
    if (this.head === null || this.tail === null) {
      this.head = new Int32Array(this.callCount).fill(-1);
      this.tail = new Int32Array(this.callCount).fill(-1);
    }
    const last = this.tail[call] as number;
    const attempt = this.attempt[k] as number;
    if (last < 0) {
      this.head[call] = k;
      this.tail[call] = k;
    } else if ((this.attempt[last] as number) <= attempt) {
      this.next[last] = k;
      this.tail[call] = k;
    } else {
      // Out of order (not seen from the engines, which send copies in attempt order): insert.
      let before = -1;
      let at = this.head[call] as number;
      while (at >= 0 && (this.attempt[at] as number) <= attempt) {
        before = at;
        at = this.next[at] as number;
      }
      this.next[k] = at;
      if (before < 0) this.head[call] = k;
      else this.next[before] = k;
    }
  }

  private grow(): void {
    const size = Math.max(16, this.call.length * 2);
    const grown = <T extends Uint32Array | Uint16Array | Uint8Array | Float64Array | Int32Array>(
      old: T,
      make: (n: number) => T,
    ): T => {
      const array = make(size);
      array.set(old);
      return array;
    };
    this.call = grown(this.call, (n) => new Uint32Array(n));
    this.attempt = grown(this.attempt, (n) => new Uint16Array(n));
    this.hedge = grown(this.hedge, (n) => new Uint8Array(n));
    this.startedAtMs = grown(this.startedAtMs, (n) => new Float64Array(n));
    this.endedAtMs = grown(this.endedAtMs, (n) => new Float64Array(n));
    this.outcome = grown(this.outcome, (n) => new Uint8Array(n));
    this.next = grown(this.next, (n) => new Int32Array(n));
  }
}
