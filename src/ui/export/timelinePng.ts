import type { Palette } from '../palette.ts';
import {
  type CanvasLike,
  preferredHeightPx,
  renderTimeline,
  type TimelineData,
  timelineGeometry,
} from '../timeline/index.ts';

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
  /** Height in CSS px at 1x. Default: full-size rows for few calls, up to 720 px for many. */
  readonly heightPx?: number;
}

/** A canvas the picture is drawn on, and how it becomes a PNG. */
export interface PngSurface {
  readonly context: CanvasLike | null;
  readonly toPng: () => Promise<Blob>;
}

/** Makes a surface of `widthDevPx` x `heightDevPx` pixels (tests pass a recording fake). */
export type PngSurfaceFactory = (widthDevPx: number, heightDevPx: number) => PngSurface;

export const DEFAULT_PNG_WIDTH_PX = 1280;
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

/** The picture's size in CSS px at 1x. */
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

/**
 * The timeline as a PNG, `scale` times its CSS size in pixels (2x for slides and retina
 * screens). It is drawn by the same `renderTimeline` as the lab, with `scale` as the device pixel
 * ratio: the renderer lays out in CSS px and draws in device px, so 2x is the same picture with
 * every line and letter twice as sharp, not a blurry upscale.
 */
export async function timelinePng(
  data: TimelineData,
  options: TimelinePngOptions,
  scale: 1 | 2,
  createSurface: PngSurfaceFactory = browserPngSurface,
): Promise<Blob> {
  const { widthPx, heightPx } = timelinePngSize(data, options);
  const surface = createSurface(Math.round(widthPx * scale), Math.round(heightPx * scale));
  if (!surface.context) {
    throw new Error('the browser gave no 2D canvas to draw the timeline on');
  }
  const geometry = timelineGeometry({ data, widthPx, heightPx, axisEndMs: options.axisEndMs });
  renderTimeline(surface.context, {
    ...geometry,
    data,
    nowMs: options.nowMs ?? Infinity,
    predictedMakespanMs: options.predictedMakespanMs,
    palette: options.palette,
    devicePixelRatio: scale,
    highlightCall: null,
  });
  return surface.toPng();
}
