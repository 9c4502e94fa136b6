import { formatCallList } from '../../core/callListCodec.ts';
import type { ServiceRate } from '../../core/faults/faultSettings.ts';
import { withLesson, type LessonFields } from '../../core/faults/faultLessons.ts';
import { LESSONS, type Lesson } from '../../core/lessons.ts';
import type { CallSpec, Scenario } from '../../core/scenario.ts';

/** The scenario with the lesson's fields: every fault and policy field, the model and calls. */
export function applyLesson(scenario: Scenario, lesson: Lesson): Scenario {
  return withLesson(scenario, lesson.values);
}

// Each lesson's calls in canonical text, computed once (the same way callPresets matches).
const LESSON_CALLS = new Map(
  LESSONS.map((lesson) => [lesson, formatCallList(lesson.values.calls)]),
);

function sameCalls(calls: readonly CallSpec[], lesson: Lesson): boolean {
  // Lengths first: a 100,000-call list is never formatted for this.
  if (calls.length !== lesson.values.calls.length) return false;
  return formatCallList(calls) === LESSON_CALLS.get(lesson);
}

/** Rate lists mean the same whatever their order (each service appears once). */
function sameRates(a: readonly ServiceRate[], b: readonly ServiceRate[]): boolean {
  return (
    a.length === b.length &&
    a.every((rate) => b.some((other) => other.service === rate.service && other.pct === rate.pct))
  );
}

function matches(scenario: Scenario, lesson: Lesson): boolean {
  const values = lesson.values;
  // The lessons name their fields flat, across the run, fan-out, faults and policy parts.
  const fields: LessonFields = {
    ...scenario.run,
    ...scenario.fanOut,
    ...scenario.faults,
    ...scenario.policy,
  };
  return (Object.keys(values) as (keyof LessonFields)[]).every((key) => {
    if (lesson.holdsAnyOf?.includes(key) === true) return true;
    switch (key) {
      case 'calls':
        return sameCalls(scenario.fanOut.calls, lesson);
      case 'errorRates':
      case 'hangRates':
      case 'busyRates':
        return sameRates(fields[key], values[key]);
      default:
        return fields[key] === values[key];
    }
  });
}

/**
 * The lesson whose values the scenario holds exactly, or null once any of them is edited away
 * (the lesson's text would then describe a run that is no longer the one on screen).
 */
export function activeLesson(scenario: Scenario): Lesson | null {
  return LESSONS.find((lesson) => matches(scenario, lesson)) ?? null;
}
