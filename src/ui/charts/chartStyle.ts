import type { CSSProperties } from 'react';
import type { LabelProps } from 'recharts';
import type { Palette } from '../palette.ts';

/**
 * Type and axis styles shared by the charts. Recharts draws SVG text with presentation
 * attributes, so colours come from the palette (the one the canvas timeline uses, light or dark)
 * and sizes are set here, large enough to read from the back of a room.
 */
export const CHART_FONT_PX = 15;

export function tickStyle(palette: Palette): { fill: string; fontSize: number } {
  return { fill: palette.mutedText, fontSize: CHART_FONT_PX };
}

/** An axis title: under the x axis, or beside the y axis reading upwards. */
export function axisTitle(value: string, palette: Palette, side: 'bottom' | 'left'): LabelProps {
  return {
    value,
    position: side === 'bottom' ? 'insideBottom' : 'insideLeft',
    angle: side === 'bottom' ? 0 : -90,
    offset: side === 'bottom' ? -4 : 12,
    fill: palette.mutedText,
    fontSize: CHART_FONT_PX,
    style: { textAnchor: 'middle' },
  };
}

/** Tooltip box colours, so it follows the light or dark palette. */
export function tooltipStyles(palette: Palette): {
  contentStyle: CSSProperties;
  labelStyle: CSSProperties;
  itemStyle: CSSProperties;
} {
  return {
    contentStyle: {
      background: palette.background,
      border: `1px solid ${palette.grid}`,
      borderRadius: 6,
      fontSize: CHART_FONT_PX,
    },
    labelStyle: { color: palette.text, fontWeight: 600 },
    itemStyle: { color: palette.text },
  };
}
