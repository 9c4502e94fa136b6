import { useId } from 'react';
import { LESSONS, type Lesson } from '../../core/lessons.ts';
import type { Scenario } from '../../core/scenario.ts';
import { activeLesson, applyLesson } from './lessonMatch.ts';

export interface LessonNoteProps {
  readonly scenario: Scenario;
  /** Show only a lesson of this list (default: any). */
  readonly group?: Lesson['group'];
  /** The note's id, for an aria-describedby elsewhere; optional. */
  readonly id?: string;
}

/**
 * What the active failure lesson shows and what to try next; nothing when the scenario holds no
 * lesson's values (an edit has moved away from it). Exported so a lab can show it beside a run.
 */
export function LessonNote({ scenario, id, group }: LessonNoteProps) {
  const active = activeLesson(scenario);
  const lesson = group === undefined || active?.group === group ? active : null;
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
  /** Which lessons it lists: the failure lessons (default) or the connections ones. */
  readonly group?: Lesson['group'];
}

const LABELS: Readonly<Record<Lesson['group'], string>> = {
  failures: 'Failure lessons',
  connections: 'Connection lessons',
};

const OWN = 'own';

/**
 * One list of lessons (the failure lessons, or the connections ones): choosing one sets the
 * model, the calls, every failure and policy setting, the protocol and the connections to its
 * values. The select shows the lesson of its list the scenario holds, or "Your own settings".
 */
export function LessonSelect({ scenario, onChange, group = 'failures' }: LessonSelectProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const noteId = `${id}-note`;
  const active = activeLesson(scenario);
  const current = active?.group === group ? active : null;
  const lessons = LESSONS.filter((lesson) => lesson.group === group);
  return (
    <div className="field lesson-select">
      <label htmlFor={id} className="field__label">
        {LABELS[group]}
      </label>
      <select
        id={id}
        className="field__input field__select"
        value={current?.name ?? OWN}
        aria-describedby={`${hintId} ${noteId}`}
        onChange={(event) => {
          const lesson = lessons.find((l) => l.name === event.target.value);
          if (lesson !== undefined) onChange(applyLesson(scenario, lesson));
        }}
      >
        {current === null ? (
          <option value={OWN} disabled>
            Your own settings
          </option>
        ) : null}
        {lessons.map((lesson) => (
          <option key={lesson.name} value={lesson.name}>
            {lesson.title}
          </option>
        ))}
      </select>
      <p id={hintId} className="field__hint">
        {group === 'failures'
          ? 'A lesson sets the model, the calls and everything below; then press Run.'
          : 'A lesson sets the model, the calls, the protocol and the connections (and clears failures); then press Run.'}
      </p>
      <LessonNote scenario={scenario} id={noteId} group={group} />
    </div>
  );
}
