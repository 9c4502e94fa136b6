import type { Palette } from '../palette.ts';
import { canvasFont, type CanvasLike } from '../timeline/index.ts';
import type { ExportLayout, TextLine } from './exportLayout.ts';
import type { SwatchShape } from './swatchShapes.ts';

/** Draws swatch shapes given in CSS px on a canvas in device px. */
export function paintSwatch(ctx: CanvasLike, shapes: readonly SwatchShape[], dpr: number): void {
  for (const s of shapes) {
    switch (s.shape) {
      case 'rect':
        ctx.globalAlpha = s.opacity;
        ctx.fillStyle = s.fill;
        ctx.fillRect(s.xPx * dpr, s.yPx * dpr, s.widthPx * dpr, s.heightPx * dpr);
        ctx.globalAlpha = 1;
        break;
      case 'outline':
        ctx.strokeStyle = s.stroke;
        ctx.lineWidth = s.lineWidthPx * dpr;
        ctx.setLineDash(s.dashPx.map((px) => px * dpr));
        ctx.strokeRect(s.xPx * dpr, s.yPx * dpr, s.widthPx * dpr, s.heightPx * dpr);
        ctx.setLineDash([]);
        break;
      case 'line':
        ctx.strokeStyle = s.stroke;
        ctx.lineWidth = s.lineWidthPx * dpr;
        ctx.setLineDash(s.dashPx.map((px) => px * dpr));
        ctx.beginPath();
        ctx.moveTo(s.x1Px * dpr, s.y1Px * dpr);
        ctx.lineTo(s.x2Px * dpr, s.y2Px * dpr);
        ctx.stroke();
        ctx.setLineDash([]);
        break;
    }
  }
}

function paintLine(
  ctx: CanvasLike,
  line: TextLine,
  colour: string,
  maxWidthPx: number,
  dpr: number,
) {
  ctx.font = canvasFont(line.fontPx, dpr, line.bold ? 700 : 400);
  ctx.fillStyle = colour;
  ctx.fillText(line.text, line.xPx * dpr, Math.round(line.yPx * dpr), maxWidthPx * dpr);
}

/**
 * The bands around the body of an exported picture: the background, the heading (title bold,
 * subtitle muted), the legend's swatches and labels, the caption. The body (the timeline) is
 * drawn separately, into `layout.body`. `swatches[k]` is the swatch of legend entry k.
 * Text is held within the picture's margins (fillText's maxWidth): the layout wraps with an
 * estimate of text widths, and a real font a little wider must still not run off the edge.
 */
export function paintExportBands(
  ctx: CanvasLike,
  layout: ExportLayout,
  palette: Palette,
  swatches: readonly (readonly SwatchShape[])[],
  dpr: number,
): void {
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.globalAlpha = 1;
  ctx.setLineDash([]);
  ctx.fillStyle = palette.background;
  ctx.fillRect(0, 0, Math.round(layout.widthPx * dpr), Math.round(layout.heightPx * dpr));
  ctx.textAlign = 'left';
  ctx.textBaseline = 'middle';
  const lineWidthPx = (line: TextLine) => layout.widthPx - line.xPx - line.xPx;
  layout.heading.forEach((line) => {
    paintLine(ctx, line, line.bold ? palette.text : palette.mutedText, lineWidthPx(line), dpr);
  });
  for (const slot of layout.legend) {
    paintSwatch(ctx, swatches[slot.index] ?? [], dpr);
    paintLine(ctx, slot.label, palette.text, layout.widthPx - slot.label.xPx, dpr);
  }
  for (const line of layout.caption) {
    paintLine(ctx, line, palette.text, lineWidthPx(line), dpr);
  }
}
