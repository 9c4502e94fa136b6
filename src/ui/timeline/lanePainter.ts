import type { RunMerger } from './runMerger.ts';

/**
 * Turns [fromMs, toMs) into whole device pixels on the plot and hands them to the lane's
 * RunMerger. One instance is reused for every lane and frame (set up by `begin`), so drawing a
 * span allocates nothing. `x0Px`/`x1Px` keep the last span's pixels, for outlines and end marks.
 */
export class LanePainter {
  x0Px = 0;
  x1Px = 0;
  private zeroDevPx = 0;
  private msToDevPx = 1;
  private leftDevPx = 0;
  private rightDevPx = 0;
  private merger: RunMerger | null = null;

  begin(
    merger: RunMerger,
    zeroDevPx: number,
    msToDevPx: number,
    leftDevPx: number,
    rightDevPx: number,
  ): void {
    this.merger = merger;
    this.zeroDevPx = zeroDevPx;
    this.msToDevPx = msToDevPx;
    this.leftDevPx = leftDevPx;
    this.rightDevPx = rightDevPx;
  }

  /**
   * Sets x0Px/x1Px to [fromMs, toMs) clamped to the plot, at least one pixel wide (a 0 ms call
   * still shows); false when it is off the plot.
   */
  span(fromMs: number, toMs: number): boolean {
    let x0 = Math.round(this.zeroDevPx + fromMs * this.msToDevPx);
    let x1 = Math.round(this.zeroDevPx + toMs * this.msToDevPx);
    if (x0 >= this.rightDevPx || x1 < this.leftDevPx) return false;
    if (x0 < this.leftDevPx) x0 = this.leftDevPx;
    if (x1 > this.rightDevPx) x1 = this.rightDevPx;
    if (x1 <= x0) x1 = x0 + 1;
    this.x0Px = x0;
    this.x1Px = x1;
    return true;
  }

  /** Adds [fromMs, toMs) in `style` to the current lane; false when it is off the plot. */
  add(style: number, fromMs: number, toMs: number): boolean {
    if (!this.span(fromMs, toMs)) return false;
    this.merger?.add(style, this.x0Px, this.x1Px);
    return true;
  }

  /** Adds pixels [x0Px, x1Px) (already on the plot) in `style`. */
  addPx(style: number, x0Px: number, x1Px: number): void {
    this.merger?.add(style, x0Px, x1Px);
  }
}
