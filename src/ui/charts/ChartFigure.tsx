import type { ReactNode } from 'react';

export interface ChartFigureProps {
  /** The visible title, also the figure's accessible name. */
  readonly title: string;
  /** One or two sentences on what the chart shows right now (read by screen readers too). */
  readonly description: string;
  readonly children: ReactNode;
  /** A legend under the plot, when colours need words. */
  readonly legend?: ReactNode;
}

/**
 * The frame every chart shares: a figure whose caption holds the title and a description of the
 * current data, so the chart is understood without seeing it and the caption says when data was
 * grouped or downsampled.
 */
export function ChartFigure({ title, description, children, legend }: ChartFigureProps) {
  return (
    <figure className="chart">
      <figcaption className="chart__caption">
        <span className="chart__title">{title}</span>
        <span className="chart__description">{description}</span>
      </figcaption>
      {children}
      {legend}
    </figure>
  );
}
