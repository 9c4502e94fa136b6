import type { ReactNode } from 'react';
import { BarChart, CartesianGrid, XAxis, YAxis } from 'recharts';
import type { Palette } from '../palette.ts';
import { ChartFigure } from './ChartFigure.tsx';
import { ChartLegend, type LegendItem } from './ChartLegend.tsx';
import { axisTitle, tickStyle } from './chartStyle.ts';

export interface HorizontalBarChartProps<Row> {
  /** The caption's title and description, also the SVG's own (it is an image with no tooltip). */
  readonly title: string;
  readonly description: string;
  /** What the bars' colours mean, under the plot. */
  readonly legend: readonly LegendItem[];
  readonly className: string;
  /** One category (a `label` on the y axis) per row. */
  readonly data: readonly Row[];
  /** Room on the right for the numbers printed beside the bars. */
  readonly marginRight: number;
  readonly barCategoryGap: string;
  readonly barGap?: number;
  /** The value axis: its ticks (niceTicks), the largest value, its title. */
  readonly ticks: readonly number[];
  readonly largest: number;
  readonly axisLabel: string;
  readonly tickFormatter?: (value: number) => string;
  readonly allowDecimals?: boolean;
  /** The width of the category (y) axis. */
  readonly categoryWidth: number;
  readonly palette: Palette;
  /** The `<Bar>`s. */
  readonly children: ReactNode;
}

/**
 * The bar charts' common frame: horizontal bars, one category per row (its `label`), a value axis
 * from 0 to the round tick at or above the largest bar, and the numbers printed on the bars, so
 * the SVG is an image with a title and a description (no tooltip to navigate). Every bar chart
 * sits in a captioned figure with a legend, so the frame draws those too and the title and
 * description are given once for both the caption and the SVG.
 */
export function HorizontalBarChart<Row>(props: HorizontalBarChartProps<Row>) {
  const { title, description, palette, ticks, largest, tickFormatter, allowDecimals, barGap } =
    props;
  return (
    <ChartFigure
      title={title}
      description={description}
      legend={<ChartLegend items={props.legend} />}
    >
      <BarChart
        responsive
        layout="vertical"
        className={props.className}
        data={props.data}
        margin={{ top: 4, right: props.marginRight, bottom: 20, left: 8 }}
        barCategoryGap={props.barCategoryGap}
        {...(barGap === undefined ? {} : { barGap })}
        accessibilityLayer={false}
        role="img"
        title={title}
        desc={description}
      >
        <CartesianGrid stroke={palette.grid} horizontal={false} />
        <XAxis
          type="number"
          {...(allowDecimals === undefined ? {} : { allowDecimals })}
          // Round ticks up to a round end at or above the largest bar (its number is beside it).
          domain={[0, ticks[ticks.length - 1] ?? largest]}
          ticks={[...ticks]}
          tick={tickStyle(palette)}
          stroke={palette.mutedText}
          {...(tickFormatter === undefined ? {} : { tickFormatter })}
          label={axisTitle(props.axisLabel, palette, 'bottom')}
        />
        <YAxis
          type="category"
          dataKey="label"
          tick={{ ...tickStyle(palette), fill: palette.text }}
          stroke={palette.mutedText}
          width={props.categoryWidth}
        />
        {props.children}
      </BarChart>
    </ChartFigure>
  );
}
