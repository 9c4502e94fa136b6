/**
 * A growable list of rectangles (x, y, w, h in device pixels) that share one style, so the
 * renderer sets fillStyle once per colour and then issues bare fillRect calls (Perfetto's
 * batch-by-colour). Buffers are reused across frames: `clear()` keeps the memory.
 */
export class RectBatch {
  private coords = new Float64Array(256);
  /** Number of rectangles. */
  length = 0;

  clear(): void {
    this.length = 0;
  }

  push(xPx: number, yPx: number, wPx: number, hPx: number): void {
    const at = this.length * 4;
    if (at + 4 > this.coords.length) {
      const grown = new Float64Array(this.coords.length * 2);
      grown.set(this.coords);
      this.coords = grown;
    }
    this.coords[at] = xPx;
    this.coords[at + 1] = yPx;
    this.coords[at + 2] = wPx;
    this.coords[at + 3] = hPx;
    this.length += 1;
  }

  /** Calls `draw` once per rectangle, in push order. */
  forEach(draw: (xPx: number, yPx: number, wPx: number, hPx: number) => void): void {
    const c = this.coords;
    for (let at = 0; at < this.length * 4; at += 4) {
      draw(c[at] as number, c[at + 1] as number, c[at + 2] as number, c[at + 3] as number);
    }
  }
}

/** One RectBatch per style index, grown on demand. */
export class RectBatches {
  private readonly batches: RectBatch[] = [];

  get(style: number): RectBatch {
    while (this.batches.length <= style) this.batches.push(new RectBatch());
    return this.batches[style] as RectBatch;
  }

  get size(): number {
    return this.batches.length;
  }

  clear(): void {
    for (const batch of this.batches) batch.clear();
  }
}
