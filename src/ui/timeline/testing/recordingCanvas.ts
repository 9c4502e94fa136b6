import type { CanvasLike } from '../canvasLike.ts';

/** One drawing call with the style in effect when it was made. */
export interface DrawCall {
  readonly op: 'fillRect' | 'strokeRect' | 'fillText' | 'lineTo' | 'stroke';
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
  readonly text: string;
  readonly style: string;
  readonly alpha: number;
  readonly dashed: boolean;
}

/**
 * A CanvasLike for tests and the Node benchmark. `record: true` keeps every drawing call with its
 * style; `record: false` only counts them (a no-op canvas that costs next to nothing).
 * measureText assumes 0.6 em per character of the current font's pixel size.
 */
export class RecordingCanvas implements CanvasLike {
  private fill: CanvasLike['fillStyle'] = '#000';
  strokeStyle: CanvasLike['strokeStyle'] = '#000';
  lineWidth = 1;
  globalAlpha = 1;
  font = '10px sans-serif';
  textBaseline: CanvasTextBaseline = 'alphabetic';
  textAlign: CanvasTextAlign = 'start';
  readonly calls: DrawCall[] = [];
  readonly counts = { fillRect: 0, strokeRect: 0, fillText: 0, stroke: 0, fillStyleSets: 0 };
  private dash: number[] = [];
  private readonly stack: Array<{
    dash: number[];
    alpha: number;
    stroke: CanvasLike['strokeStyle'];
    lineWidth: number;
  }> = [];

  constructor(private readonly record = true) {}

  get fillStyle(): CanvasLike['fillStyle'] {
    return this.fill;
  }
  /** Counted, so tests can check that fills are batched by colour. */
  set fillStyle(style: CanvasLike['fillStyle']) {
    this.fill = style;
    this.counts.fillStyleSets += 1;
  }

  private push(op: DrawCall['op'], x: number, y: number, w: number, h: number, text = ''): void {
    if (!this.record) return;
    const raw = op === 'fillRect' || op === 'fillText' ? this.fillStyle : this.strokeStyle;
    const style = typeof raw === 'string' ? raw : 'gradient or pattern';
    const dashed = this.dash.length > 0;
    this.calls.push({ op, x, y, w, h, text, style, alpha: this.globalAlpha, dashed });
  }

  fillRect(x: number, y: number, w: number, h: number): void {
    this.counts.fillRect += 1;
    this.push('fillRect', x, y, w, h);
  }
  strokeRect(x: number, y: number, w: number, h: number): void {
    this.counts.strokeRect += 1;
    this.push('strokeRect', x, y, w, h);
  }
  fillText(text: string, x: number, y: number): void {
    this.counts.fillText += 1;
    this.push('fillText', x, y, 0, 0, text);
  }
  measureText(text: string): { width: number } {
    const sizePx = Number(/(\d+(?:\.\d+)?)px/.exec(this.font)?.[1] ?? 10);
    return { width: text.length * sizePx * 0.6 };
  }
  beginPath(): void {}
  moveTo(): void {}
  lineTo(x: number, y: number): void {
    this.push('lineTo', x, y, 0, 0);
  }
  stroke(): void {
    this.counts.stroke += 1;
    this.push('stroke', 0, 0, 0, 0);
  }
  setLineDash(segments: number[]): void {
    this.dash = [...segments];
  }
  save(): void {
    const { dash, globalAlpha: alpha, strokeStyle: stroke, lineWidth } = this;
    this.stack.push({ dash, alpha, stroke, lineWidth });
  }
  restore(): void {
    const top = this.stack.pop();
    if (top) {
      this.dash = top.dash;
      this.globalAlpha = top.alpha;
      this.strokeStyle = top.stroke;
      this.lineWidth = top.lineWidth;
    }
  }
  setTransform(): void {}

  /** Filled rectangles in `colour` (optionally at one alpha). */
  fills(colour: string, alpha?: number): DrawCall[] {
    return this.calls.filter(
      (c) =>
        c.op === 'fillRect' && c.style === colour && (alpha === undefined || c.alpha === alpha),
    );
  }
}
