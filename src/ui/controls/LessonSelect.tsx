import { useId } from 'react';
import { FAULT_LESSONS } from '../../core/faults/faultLessons.ts';
import type { Scenario } from '../../core/scenario.ts';
import { activeLesson, applyLesson } from './lessonMatch.ts';

export interface LessonNoteProps {
  readonly scenario: Scenario;
  /** The note's id, for an aria-describedby elsewhere; optional. */
  readonly id?: string;
}

/**
 * What the active failure lesson shows and what to try next; nothing when the scenario holds no
 * lesson's values (an edit has moved away from it). Exported so a lab can show it beside a run.
 */
export function LessonNote({ scenario, id }: LessonNoteProps) {
  const lesson = activeLesson(scenario);
  return (
    <div id={id} className="lesson-note" aria-live="polite" data-testid="lesson-note">
      {lesson === null ? null : (
        <>
          <p className="lesson-note__lesson">{lesson.lesson}</p>
          <p className="lesson-note__next">
            <strong>Try next:</strong> {lesson.tryNext}
          </p>
        </>
      )}
    </div>
  );
}

export interface LessonSelectProps {
  readonly scenario: Scenario;
  readonly onChange: (next: Scenario) => void;
}

const OWN = 'own';

/**
 * The failure lessons: choosing one sets the model, the calls and every failure and policy
 * setting to its values. The select shows the lesson the scenario holds, or "Your own settings".
 */
export function LessonSelect({ scenario, onChange }: LessonSelectProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const noteId = `${id}-note`;
  const current = activeLesson(scenario);
  return (
    <div className="field lesson-select">
      <label htmlFor={id} className="field__label">
        Failure lessons
      </label>
      <select
        id={id}
        className="field__input field__select"
        value={current?.name ?? OWN}
        aria-describedby={`${hintId} ${noteId}`}
        onChange={(event) => {
          const lesson = FAULT_LESSONS.find((l) => l.name === event.target.value);
          if (lesson !== undefined) onChange(applyLesson(scenario, lesson));
        }}
      >
        {current === null ? (
          <option value={OWN} disabled>
            Your own settings
          </option>
        ) : null}
        {FAULT_LESSONS.map((lesson) => (
          <option key={lesson.name} value={lesson.name}>
            {lesson.title}
          </option>
        ))}
      </select>
      <p id={hintId} className="field__hint">
        A lesson sets the model, the calls and everything below; then press Run.
      </p>
      <LessonNote scenario={scenario} id={noteId} />
    </div>
  );
}
