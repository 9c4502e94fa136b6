export interface FigureProps {
  readonly label: string;
  readonly testId: string;
  /** The number as people read it (from src/core/format: "1,250", "12.4", "20:41"); null: none yet. */
  readonly value: string | null;
  /** The unit the value is written in ("ms", "s", "min", "calls"); durations pick it by size. */
  readonly unit: string;
  /**
   * The exact number behind `value` in the unit the test id names (ms for `*-ms`), as the
   * element's `data-value`: what a test or a script compares, since `value` is rounded and grouped.
   */
  readonly exact?: number | null;
  readonly detail?: string | null;
}

/**
 * One big figure of a result panel (a `<dl>` entry). The test-id element holds the number as shown
 * and nothing else (its exact value in `data-value`); with no value it stays in the page, empty,
 * and a sibling shows the em dash (so a test can wait for the element and then for its text, and
 * never reads "—" as a number). The unit is a sibling too.
 */
export function Figure({ label, testId, value, unit, exact = null, detail = null }: FigureProps) {
  return (
    <div className="run-numbers__figure">
      <dt className="run-numbers__label">{label}</dt>
      <dd className="run-numbers__value">
        <span
          data-value={value === null || exact === null ? undefined : exact}
          data-testid={testId}
        >
          {value ?? ''}
        </span>
        {value === null ? (
          <span className="run-numbers__none">
            <span aria-hidden="true">—</span>
            <span className="visually-hidden">not measured yet</span>
          </span>
        ) : (
          <span className="run-numbers__unit">{unit}</span>
        )}
      </dd>
      {detail === null ? null : <dd className="run-numbers__detail">{detail}</dd>}
    </div>
  );
}
