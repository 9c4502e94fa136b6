import { FAULT_LESSONS, type FaultLesson, type FaultLessonName } from './faults/faultLessons.ts';
import { NETWORK_LESSONS, type NetworkLessonName } from './network/networkLessons.ts';

/** Any lesson preset: a failure lesson (docs/faults.md) or a connections one (docs/network.md). */
export type Lesson = FaultLesson<FaultLessonName | NetworkLessonName>;

/** Every lesson, in the order the lab lists them: failures first, then connections. */
export const LESSONS: readonly Lesson[] = [...FAULT_LESSONS, ...NETWORK_LESSONS];
