import type { ReactNode } from 'react';

/** A legend swatch's size in CSS px: about one row of text, as wide as a short bar. */
export const SWATCH_W_PX = 28;
export const SWATCH_H_PX = 14;

export interface LegendItemProps {
  /** The item's `data-kind` (what tests and styles find it by). */
  readonly kind: string;
  /** The swatch's SVG shapes, drawn in a SWATCH_W_PX x SWATCH_H_PX box as the canvas draws them. */
  readonly swatch: ReactNode;
  readonly children: ReactNode;
}

/** One entry of a timeline key (failures, wire phases): a decorative swatch and its words. */
export function LegendItem({ kind, swatch, children }: LegendItemProps) {
  return (
    <li className="failure-legend__item" data-kind={kind}>
      <svg
        className="failure-legend__swatch"
        width={SWATCH_W_PX}
        height={SWATCH_H_PX}
        viewBox={`0 0 ${SWATCH_W_PX} ${SWATCH_H_PX}`}
        aria-hidden="true"
        focusable="false"
      >
        {swatch}
      </svg>
      <span>{children}</span>
    </li>
  );
}
