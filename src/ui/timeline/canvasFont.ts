/** The page's font stack (app.css), so canvas text matches the HTML around it. */
const FONT_FAMILY = "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif";

/**
 * A canvas font for `sizePx` CSS pixels, scaled to device pixels: the renderer draws with an
 * identity transform (so bars land on whole device pixels), hence text is sized by hand.
 */
export function canvasFont(sizePx: number, devicePixelRatio: number, weight = 600): string {
  return `${weight} ${Math.round(sizePx * devicePixelRatio)}px ${FONT_FAMILY}`;
}
