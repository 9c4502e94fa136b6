import type { Palette } from '../palette.ts';
import {
  type CanvasLike,
  preferredHeightPx,
  renderTimeline,
  type TimelineData,
  timelineGeometry,
} from '../timeline/index.ts';
import { estimateTextPx, exportLayout, type ExportLayout } from './exportLayout.ts';
import type { ExportWords } from './exportWords.ts';
import { paintExportBands } from './paintExportBands.ts';
import { timelineSwatch } from './swatchShapes.ts';
import { timelineKey, type TimelineKeyEntry } from './timelineKey.ts';

/** What the picture draws, as the lab's TimelineCanvas does (same pure renderer). */
export interface TimelinePngOptions {
  /** The time axis runs from 0 to this (the lab's `axisEndMs`). */
  readonly axisEndMs: number;
  /** The dashed "predicted" line; null for none. */
  readonly predictedMakespanMs: number | null;
  readonly palette: Palette;
  /** Spans are clipped here; default Infinity: the whole run, without a cursor. */
  readonly nowMs?: number;
  /** Width in CSS px at 1x. Default 1280: a 16:9 slide's width, sharp on a projector. */
  readonly widthPx?: number;
  /** The timeline's height in CSS px at 1x. Default: full-size rows for few calls, up to 720 px. */
  readonly heightPx?: number;
  /**
   * The title (the scenario in words) above the timeline and the caption under its key; absent:
   * the picture carries the key only.
   */
  readonly words?: Pick<ExportWords, 'title' | 'caption'>;
}

/** A canvas the picture is drawn on, and how it becomes a PNG. */
export interface PngSurface {
  readonly context: CanvasLike | null;
  readonly toPng: () => Promise<Blob>;
}

/** Makes a surface of `widthDevPx` x `heightDevPx` pixels (tests pass a recording fake). */
export type PngSurfaceFactory = (widthDevPx: number, heightDevPx: number) => PngSurface;

export const DEFAULT_PNG_WIDTH_PX = 1280;
/** Under the title: what the picture is and where its time axis starts. */
export const TIMELINE_SUBTITLE = 'Timeline: one row per call, time since the request began (0)';
const MAX_DEFAULT_HEIGHT_PX = 720;

/**
 * An OffscreenCanvas where there is one (no DOM node, no layout), else a detached <canvas>.
 * Neither is attached to the page, so exporting never flickers the visible timeline.
 */
export const browserPngSurface: PngSurfaceFactory = (widthDevPx, heightDevPx) => {
  if (typeof OffscreenCanvas !== 'undefined') {
    const canvas = new OffscreenCanvas(widthDevPx, heightDevPx);
    return {
      context: canvas.getContext('2d'),
      toPng: () => canvas.convertToBlob({ type: 'image/png' }),
    };
  }
  const canvas = document.createElement('canvas');
  canvas.width = widthDevPx;
  canvas.height = heightDevPx;
  return {
    context: canvas.getContext('2d'),
    toPng: () =>
      new Promise<Blob>((resolve, reject) => {
        canvas.toBlob((blob) =>
          blob
            ? resolve(blob)
            : reject(new Error('the browser could not encode the timeline as a PNG')),
        );
      }),
  };
};

/** The timeline's own size in CSS px at 1x (the picture adds its bands around it). */
export function timelinePngSize(
  data: TimelineData,
  options: Pick<TimelinePngOptions, 'widthPx' | 'heightPx'>,
): { readonly widthPx: number; readonly heightPx: number } {
  const rows = data.count + data.work.length;
  return {
    widthPx: options.widthPx ?? DEFAULT_PNG_WIDTH_PX,
    heightPx: options.heightPx ?? preferredHeightPx(rows, 160, MAX_DEFAULT_HEIGHT_PX),
  };
}

/** Where the title, the timeline, its key and the caption go, and the key's entries. */
export function timelinePngLayout(
  data: TimelineData,
  options: TimelinePngOptions,
): { readonly layout: ExportLayout; readonly key: readonly TimelineKeyEntry[] } {
  const { widthPx, heightPx } = timelinePngSize(data, options);
  const key = timelineKey(data, {
    predictedMakespanMs: options.predictedMakespanMs,
    nowMs: options.nowMs ?? Infinity,
    axisEndMs: options.axisEndMs,
  });
  const layout = exportLayout({
    bodyWidthPx: widthPx,
    bodyHeightPx: heightPx,
    title: options.words?.title ?? '',
    subtitle: options.words ? TIMELINE_SUBTITLE : null,
    legend: key.map((entry) => entry.label),
    caption: options.words?.caption ?? '',
    measureTextPx: estimateTextPx,
  });
  return { layout, key };
}

/**
 * The timeline as a PNG, `scale` times its CSS size in pixels (2x for slides and retina
 * screens), with a title above it and its key and a caption under it (timelinePngLayout). The
 * timeline is drawn by the same `renderTimeline` as the lab, with `scale` as the device pixel
 * ratio: the renderer lays out in CSS px and draws in device px, so 2x is the same picture with
 * every line and letter twice as sharp, not a blurry upscale.
 */
export async function timelinePng(
  data: TimelineData,
  options: TimelinePngOptions,
  scale: 1 | 2,
  createSurface: PngSurfaceFactory = browserPngSurface,
): Promise<Blob> {
  const { layout, key } = timelinePngLayout(data, options);
  const surface = createSurface(
    Math.round(layout.widthPx * scale),
    Math.round(layout.heightPx * scale),
  );
  if (!surface.context) {
    throw new Error('the browser gave no 2D canvas to draw the timeline on');
  }
  const { palette } = options;
  const services = data.serviceNames.length;
  const swatches = layout.legend.map((slot) => {
    const entry = key[slot.index];
    return entry ? timelineSwatch(entry.kind, palette, slot.swatch, services) : [];
  });
  paintExportBands(surface.context, layout, palette, swatches, scale);
  const { body } = layout;
  const geometry = timelineGeometry({
    data,
    widthPx: body.widthPx,
    heightPx: body.heightPx,
    axisEndMs: options.axisEndMs,
  });
  renderTimeline(surface.context, {
    ...geometry,
    originDevPx: { xPx: Math.round(body.xPx * scale), yPx: Math.round(body.yPx * scale) },
    data,
    nowMs: options.nowMs ?? Infinity,
    predictedMakespanMs: options.predictedMakespanMs,
    palette,
    devicePixelRatio: scale,
    highlightCall: null,
  });
  return surface.toPng();
}
