import { LabelList } from 'recharts';
import { CHART_FONT_PX } from './chartStyle.ts';

export interface BarValueLabelProps {
  /** The field of the row whose number is printed. */
  readonly dataKey: string;
  readonly fill: string;
  /** The main series' number is bold; a companion's (the prediction, the wire) is not. */
  readonly bold?: boolean;
  /** Larger type, for a chart with few bars. */
  readonly fontSize?: number;
  readonly formatter?: (value: unknown) => string;
}

/**
 * The number printed just right of a horizontal bar, as every bar chart shows its values (they
 * have no tooltip). Put inside a `<Bar>`: Recharts hands its bars to the label through context.
 */
export function BarValueLabel({
  dataKey,
  fill,
  bold = false,
  fontSize = CHART_FONT_PX,
  formatter,
}: BarValueLabelProps) {
  return (
    <LabelList
      dataKey={dataKey}
      position="right"
      fill={fill}
      fontSize={fontSize}
      {...(bold ? { fontWeight: 600 } : {})}
      {...(formatter === undefined ? {} : { formatter })}
    />
  );
}
