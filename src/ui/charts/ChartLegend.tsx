/** One legend entry: a swatch and what it means. */
export interface LegendItem {
  readonly label: string;
  readonly colour: string;
  /** Swatch opacity, to match a muted fill (1 when absent). */
  readonly opacity?: number;
  /** Draws the swatch as a dashed outline (predictions). */
  readonly outlined?: boolean;
}

/** An HTML legend (easier to read and to style than Recharts' SVG one, and it wraps). */
export function ChartLegend({ items }: { readonly items: readonly LegendItem[] }) {
  return (
    <ul className="chart__legend">
      {items.map((item) => (
        <li key={item.label} className="chart__legend-item">
          <span
            className={item.outlined ? 'chart__swatch chart__swatch--outlined' : 'chart__swatch'}
            style={
              item.outlined
                ? { borderColor: item.colour }
                : { background: item.colour, opacity: item.opacity ?? 1 }
            }
            aria-hidden="true"
          />
          {item.label}
        </li>
      ))}
    </ul>
  );
}
