export interface FigureProps {
  readonly label: string;
  readonly testId: string;
  readonly value: string | null;
  readonly unit: string;
  readonly detail?: string | null;
}

/**
 * One big figure of a result panel (a `<dl>` entry). The test-id element holds the plain number
 * and nothing else; with no value it stays in the page, empty, and a sibling shows the em dash (so
 * a test can wait for the element and then for its text, and never reads "—" as a number). The
 * unit is a sibling too.
 */
export function Figure({ label, testId, value, unit, detail = null }: FigureProps) {
  return (
    <div className="run-numbers__figure">
      <dt className="run-numbers__label">{label}</dt>
      <dd className="run-numbers__value">
        <span data-testid={testId}>{value ?? ''}</span>
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
