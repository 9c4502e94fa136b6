/**
 * Merges the horizontal spans of one lane into runs, per style: spans of a style that overlap or
 * touch become one run. Coordinates are whole device pixels, so "falls in one pixel" merges too.
 *
 * Two paths, same result, chosen per style:
 * - fast, O(n): when a style's spans arrive with non-decreasing x0 (true of every model here:
 *   calls start FIFO, so starts grow with the call index, and all calls are ready at 0), a single
 *   pass extends or closes the style's current run;
 * - general, O(n log n): otherwise that style's spans are sorted by (style, x0) with one
 *   comparator-free numeric sort of packed keys, then merged the same way.
 * Buffers are reused from lane to lane and frame to frame.
 */
export type EmitRun = (style: number, x0Px: number, x1Px: number) => void;

// Packed sort key = (style * X_LIMIT + x0) * INDEX_LIMIT + entry: 10 + 16 + 21 bits < 53, so
// exact in a double. Hence at most 1024 styles, 65536 device px and 2M spans per lane.
const X_LIMIT = 2 ** 16;
const INDEX_LIMIT = 2 ** 21;

export class RunMerger {
  private styles = new Uint16Array(64);
  private x0s = new Float64Array(64);
  private x1s = new Float64Array(64);
  private keys = new Float64Array(64);
  private count = 0;
  /** Some style's spans arrived out of order this lane. */
  private anyUnordered = false;
  /** Per style: 1 when its spans arrived out of order this lane (only those are sorted). */
  private unordered = new Uint8Array(0);
  /** Per style: last x0 added (-1: untouched this lane), and the open run (runX1 -1: none). */
  private lastX0 = new Float64Array(0);
  private runX0 = new Float64Array(0);
  private runX1 = new Float64Array(0);
  private touched = new Int32Array(0);
  private touchedCount = 0;

  /** Starts a lane; `styleCount` bounds the style indices that `add` will receive. */
  begin(styleCount: number): void {
    if (this.lastX0.length < styleCount) {
      this.lastX0 = new Float64Array(styleCount).fill(-1);
      this.runX0 = new Float64Array(styleCount);
      this.runX1 = new Float64Array(styleCount).fill(-1);
      this.touched = new Int32Array(styleCount);
      this.unordered = new Uint8Array(styleCount);
    }
    this.count = 0;
    this.anyUnordered = false;
    this.touchedCount = 0;
  }

  /** Adds [x0Px, x1Px) (whole device pixels, x1Px > x0Px, x0Px < 65536) in `style`. */
  add(style: number, x0Px: number, x1Px: number): void {
    const n = this.count;
    if (n === this.x0s.length) this.grow();
    this.styles[n] = style;
    this.x0s[n] = x0Px;
    this.x1s[n] = x1Px;
    this.count = n + 1;
    const last = this.lastX0[style] as number;
    if (last < 0) this.touched[this.touchedCount++] = style;
    else if (x0Px < last) {
      this.unordered[style] = 1;
      this.anyUnordered = true;
    }
    if (x0Px > last) this.lastX0[style] = x0Px;
  }

  /** Emits the lane's merged runs (per style in increasing x; styles in no particular order). */
  flush(emit: EmitRun): void {
    if (!this.anyUnordered) {
      for (let k = 0; k < this.count; k += 1) {
        this.extend(this.styles[k] as number, this.x0s[k] as number, this.x1s[k] as number, emit);
      }
    } else {
      // Styles whose spans arrived in order merge in one pass; only the others are sorted (a
      // run with retries sends some copies late, but its first copies still start in order).
      const keys = this.keys;
      let sorted = 0;
      for (let k = 0; k < this.count; k += 1) {
        const style = this.styles[k] as number;
        if (this.unordered[style] === 1) {
          keys[sorted++] = (style * X_LIMIT + (this.x0s[k] as number)) * INDEX_LIMIT + k;
        } else {
          this.extend(style, this.x0s[k] as number, this.x1s[k] as number, emit);
        }
      }
      keys.subarray(0, sorted).sort();
      for (let k = 0; k < sorted; k += 1) {
        const entry = (keys[k] as number) % INDEX_LIMIT;
        this.extend(
          this.styles[entry] as number,
          this.x0s[entry] as number,
          this.x1s[entry] as number,
          emit,
        );
      }
    }
    for (let t = 0; t < this.touchedCount; t += 1) {
      const style = this.touched[t] as number;
      emit(style, this.runX0[style] as number, this.runX1[style] as number);
      this.runX1[style] = -1;
      this.lastX0[style] = -1;
      this.unordered[style] = 0;
    }
    this.count = 0;
  }

  /** Extends the style's open run with [x0, x1), or emits it and opens a new one. */
  private extend(style: number, x0: number, x1: number, emit: EmitRun): void {
    const runX1 = this.runX1[style] as number;
    if (runX1 >= 0 && x0 <= runX1) {
      if (x1 > runX1) this.runX1[style] = x1;
      return;
    }
    if (runX1 >= 0) emit(style, this.runX0[style] as number, runX1);
    this.runX0[style] = x0;
    this.runX1[style] = x1;
  }

  private grow(): void {
    const size = this.x0s.length * 2;
    const styles = new Uint16Array(size);
    styles.set(this.styles);
    this.styles = styles;
    const x0s = new Float64Array(size);
    x0s.set(this.x0s);
    this.x0s = x0s;
    const x1s = new Float64Array(size);
    x1s.set(this.x1s);
    this.x1s = x1s;
    this.keys = new Float64Array(size);
  }
}
