import type { CanvasLike } from '../timeline/index.ts';

/**
 * A CanvasLike that draws on `target` moved by (`dxDevPx`, `dyDevPx`) device pixels: the timeline's
 * renderer draws from the canvas's top-left corner (it starts with setTransform to identity),
 * and the exported picture puts a title band above it. Every transform the renderer sets is
 * shifted, so its coordinates (and its whole-pixel rounding) stay exactly as on the page.
 */
export class OffsetCanvas implements CanvasLike {
  constructor(
    private readonly target: CanvasLike,
    private readonly dxDevPx: number,
    private readonly dyDevPx: number,
  ) {}

  get fillStyle(): CanvasLike['fillStyle'] {
    return this.target.fillStyle;
  }
  set fillStyle(value: CanvasLike['fillStyle']) {
    this.target.fillStyle = value;
  }
  get strokeStyle(): CanvasLike['strokeStyle'] {
    return this.target.strokeStyle;
  }
  set strokeStyle(value: CanvasLike['strokeStyle']) {
    this.target.strokeStyle = value;
  }
  get lineWidth(): number {
    return this.target.lineWidth;
  }
  set lineWidth(value: number) {
    this.target.lineWidth = value;
  }
  get globalAlpha(): number {
    return this.target.globalAlpha;
  }
  set globalAlpha(value: number) {
    this.target.globalAlpha = value;
  }
  get font(): string {
    return this.target.font;
  }
  set font(value: string) {
    this.target.font = value;
  }
  get textBaseline(): CanvasTextBaseline {
    return this.target.textBaseline;
  }
  set textBaseline(value: CanvasTextBaseline) {
    this.target.textBaseline = value;
  }
  get textAlign(): CanvasTextAlign {
    return this.target.textAlign;
  }
  set textAlign(value: CanvasTextAlign) {
    this.target.textAlign = value;
  }

  fillRect(x: number, y: number, w: number, h: number): void {
    this.target.fillRect(x, y, w, h);
  }
  strokeRect(x: number, y: number, w: number, h: number): void {
    this.target.strokeRect(x, y, w, h);
  }
  fillText(text: string, x: number, y: number, maxWidth?: number): void {
    if (maxWidth === undefined) this.target.fillText(text, x, y);
    else this.target.fillText(text, x, y, maxWidth);
  }
  measureText(text: string): { readonly width: number } {
    return this.target.measureText(text);
  }
  beginPath(): void {
    this.target.beginPath();
  }
  moveTo(x: number, y: number): void {
    this.target.moveTo(x, y);
  }
  lineTo(x: number, y: number): void {
    this.target.lineTo(x, y);
  }
  stroke(): void {
    this.target.stroke();
  }
  setLineDash(segments: number[]): void {
    this.target.setLineDash(segments);
  }
  save(): void {
    this.target.save();
  }
  restore(): void {
    this.target.restore();
  }
  setTransform(a: number, b: number, c: number, d: number, e: number, f: number): void {
    this.target.setTransform(a, b, c, d, e + this.dxDevPx, f + this.dyDevPx);
  }
}
