import type { RunStatus } from '../run/runSnapshot.ts';

export interface RunNumbersHeaderProps {
  /** The heading's id, which the panel's `aria-labelledby` points at. */
  readonly headingId: string;
  readonly heading: string;
  readonly status: RunStatus;
}

/**
 * A result panel's header: its heading and the status badge the e2e tests wait on
 * (`run-status`), announced politely as it changes.
 */
export function RunNumbersHeader({ headingId, heading, status }: RunNumbersHeaderProps) {
  return (
    <div className="run-numbers__header">
      <h2 id={headingId} className="run-numbers__heading">
        {heading}
      </h2>
      <p className={`run-numbers__status run-numbers__status--${status}`} aria-live="polite">
        <span className="visually-hidden">Status: </span>
        <span data-testid="run-status">{status}</span>
      </p>
    </div>
  );
}
