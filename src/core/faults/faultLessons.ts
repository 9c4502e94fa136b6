import { parseCallList } from '../callListCodec.ts';
import type { CallSpec, FanOutSettings } from '../fanOutSettings.ts';
import { DEFAULT_POLICY, type CallPolicy } from '../policy/callPolicy.ts';
import type { RunSettings } from '../runSettings.ts';
import type { Scenario } from '../scenario.ts';
import { NO_FAULTS, type FaultSettings } from './faultSettings.ts';

/** The URL-safe names of the failure lessons, in the order the lab lists them. */
export const FAULT_LESSON_NAMES = [
  'fail-fast',
  'retry-amplification',
  'timeout-tail',
  'hedge-p99',
] as const;
export type FaultLessonName = (typeof FAULT_LESSON_NAMES)[number];

/**
 * Fields a lesson sets; every fault and policy field is set, and the wire's (`protocol`,
 * `connections`, `connection`, `setupMs`), so lessons never mix.
 */
export type LessonFields = Pick<FanOutSettings, 'model' | 'calls' | 'limit'> &
  Pick<RunSettings, 'seed' | 'protocol' | 'connections' | 'connection' | 'setupMs'> &
  FaultSettings &
  CallPolicy;

/** `scenario` with a lesson's fields set (written flat in the lessons, set here part by part). */
export function withLesson(scenario: Scenario, values: LessonFields): Scenario {
  const { model, limit, seed, errorRates, hangRates, busyRates, retryAfterS, hangForMs } = values;
  const { protocol, connections, connection, setupMs } = values;
  const { timeoutMs, retries, backoffMs, maxBackoffMs, jitter, retrySlot, settle } = values;
  const { cancelOnFailure, hedgeMs } = values;
  return {
    ...scenario,
    fanOut: { ...scenario.fanOut, model, calls: values.calls, limit },
    run: { ...scenario.run, seed, protocol, connections, connection, setupMs },
    faults: { errorRates, hangRates, busyRates, retryAfterS, hangForMs },
    policy: {
      timeoutMs,
      retries,
      backoffMs,
      maxBackoffMs,
      jitter,
      retrySlot,
      settle,
      cancelOnFailure,
      hedgeMs,
      hedgePercentile: null,
    },
  };
}

export interface FaultLesson<Name extends string = FaultLessonName> {
  readonly name: Name;
  readonly title: string;
  /** The list the lesson belongs to in the lab's select. */
  readonly group: 'failures' | 'connections';
  /** What to look at, in two or three sentences, for the lab's explanation. */
  readonly lesson: string;
  /** What to change next to see the other side. */
  readonly tryNext: string;
  readonly values: LessonFields;
  /**
   * Fields the lesson still holds when they differ from its values (its text speaks of both
   * sides: the pool-of-six lesson over http1 and h2).
   */
  readonly holdsAnyOf?: readonly (keyof LessonFields)[];
}

export function lessonCalls(text: string): CallSpec[] {
  const parsed = parseCallList(text);
  if (!parsed.ok) throw new Error(`A lesson's call list is invalid: ${parsed.error.problem}`);
  return parsed.calls;
}

export const LESSON_BASE: Omit<LessonFields, 'model' | 'calls'> = {
  limit: null,
  seed: 1,
  protocol: 'http1',
  connections: null,
  connection: 'keep-alive',
  setupMs: 0,
  ...NO_FAULTS,
  ...DEFAULT_POLICY,
};

/** The four lessons of docs/faults.md; tests check that each run shows what it claims. */
export const FAULT_LESSONS: readonly FaultLesson[] = [
  {
    name: 'fail-fast',
    group: 'failures',
    title: 'Promise.all rejects but the calls keep running',
    lesson:
      'The business service fails every call. Promise.all rejects the moment it answers 500 ' +
      '(the red line), yet the user and reviews calls run on to their end: nobody cancelled ' +
      'them, and their answers are wasted.',
    tryNext: 'Tick "cancel the rest on the first failure" to abort them at the red line.',
    values: {
      ...LESSON_BASE,
      model: 'promise-all',
      calls: lessonCalls('session:125,business:250,user:375,reviews:500'),
      errorRates: [{ service: 'business', pct: 100 }],
    },
  },
  {
    name: 'retry-amplification',
    group: 'failures',
    title: 'Retries amplify load',
    lesson:
      'Every service fails 40 % of its calls and each call retries up to 3 times: the ' +
      'upstream sees about 1.6 copies per call, 60 % more load, just when it is struggling.',
    tryNext: 'Set retries to 0, then 10, and watch copies per call and success rate.',
    values: {
      ...LESSON_BASE,
      model: 'worker-pool',
      limit: 8,
      calls: lessonCalls('100*40'),
      errorRates: [{ service: '*', pct: 40 }],
      retries: 3,
      backoffMs: 100,
      settle: 'allSettled',
    },
  },
  {
    name: 'timeout-tail',
    group: 'failures',
    title: 'A timeout bounds the tail',
    lesson:
      'One call in ten hangs until a proxy gives up after 10 s. A 1 s timeout turns each hang ' +
      'into a quick failure, so the request answers within about a second instead of ten.',
    tryNext: 'Clear the timeout to see the hangs stretch the run to 10 s.',
    values: {
      ...LESSON_BASE,
      model: 'promise-all',
      calls: lessonCalls('100~600*20'),
      hangRates: [{ service: '*', pct: 10 }],
      timeoutMs: 1000,
      settle: 'allSettled',
    },
  },
  {
    name: 'hedge-p99',
    group: 'failures',
    title: 'Hedging cuts p99',
    lesson:
      'A long-tailed service (median 50 ms, p99 1 s). Calls unanswered after 150 ms send a ' +
      'second copy and take the first answer: the slowest calls now take about 150 ms plus ' +
      'a typical answer, at the cost of a few extra copies.',
    tryNext: 'Clear the hedge delay and compare the call p99.',
    values: {
      ...LESSON_BASE,
      model: 'promise-all',
      calls: lessonCalls('search:50~1000*100'),
      hedgeMs: 150,
    },
  },
];

export function faultLesson(name: FaultLessonName): FaultLesson {
  return FAULT_LESSONS.find((lesson) => lesson.name === name) as FaultLesson;
}
