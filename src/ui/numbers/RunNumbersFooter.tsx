export interface RunNumbersFooterProps {
  /** e.g. "Calibration:", "Engine:". */
  readonly label: string;
  /** The engine or calibration line. */
  readonly text: string;
  /** Reasons a run's timings may not be trusted, and errors; often empty. */
  readonly notes: readonly string[];
}

/** A result panel's footer: the engine or calibration line, then any reliability notes. */
export function RunNumbersFooter({ label, text, notes }: RunNumbersFooterProps) {
  return (
    <>
      <p className="run-numbers__calibration">
        <span className="run-numbers__calibration-label">{label}</span> {text}
      </p>
      {notes.length === 0 ? null : (
        <div className="run-numbers__notes">
          <h3 className="run-numbers__notes-heading">Reliability notes</h3>
          <ul>
            {notes.map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
        </div>
      )}
    </>
  );
}
