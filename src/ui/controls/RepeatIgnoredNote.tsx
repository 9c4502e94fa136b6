import type { Scenario } from '../../core/scenario.ts';
import { repeatIgnoredNote } from '../../core/tails/repeatIgnoredNote.ts';

export interface RepeatIgnoredNoteProps {
  readonly scenario: Scenario;
  readonly onChange: (next: Scenario) => void;
}

/** The Server and Compare labs' word on a link's `repeat` (core/tails/repeatIgnoredNote.ts). */
export function RepeatIgnoredNote({ scenario, onChange }: RepeatIgnoredNoteProps) {
  const note = repeatIgnoredNote(scenario);
  if (note === null) return null;
  return (
    <p className="scenario-controls__note" data-testid="repeat-ignored-note">
      {note}{' '}
      <button
        type="button"
        className="button"
        onClick={() => onChange({ ...scenario, run: { ...scenario.run, repeat: 1 } })}
      >
        Clear it
      </button>
    </p>
  );
}
