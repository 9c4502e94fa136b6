import { LESSON_BASE, lessonCalls, type FaultLesson } from '../faults/faultLessons.ts';

/** The URL-safe names of the lessons on the browser's connections (docs/network.md). */
export const NETWORK_LESSON_NAMES = ['pool-of-six', 'connection-reuse'] as const;
export type NetworkLessonName = (typeof NETWORK_LESSON_NAMES)[number];

export type NetworkLesson = FaultLesson<NetworkLessonName>;

/** The lessons on the browser's connections; tests check each claim on the virtual engine. */
export const NETWORK_LESSONS: readonly NetworkLesson[] = [
  {
    name: 'pool-of-six',
    group: 'connections',
    title: 'Promise.all in a browser is a pool of six',
    lesson:
      'Twelve 500 ms calls to one host, all at once. Over HTTP/1.1 a browser opens at most six ' +
      'connections per host: calls 7 to 12 wait in the browser for the first six to answer, so ' +
      'the request takes 1000 ms, exactly a worker pool of six. Over HTTP/2 every call shares ' +
      'one connection and the request takes 500 ms.',
    tryNext: 'Switch the protocol between http1 and h2, or Compare by protocol.',
    values: {
      ...LESSON_BASE,
      model: 'promise-all',
      calls: lessonCalls('500*12'),
      connections: 6,
    },
    holdsAnyOf: ['protocol'],
  },
  {
    name: 'connection-reuse',
    group: 'connections',
    title: 'Connection reuse: keep-alive versus Connection: close',
    lesson:
      'Ten 50 ms calls one after another over one HTTP/1.1 connection that costs 30 ms to set ' +
      'up (DNS, TCP, TLS: the virtual engine takes it as the setup parameter). With keep-alive ' +
      'the connection is opened once and reused: 30 + 10 x 50 = 530 ms. With Connection: close ' +
      'the server closes it after each answer and every call pays the set-up again: 800 ms. ' +
      "On the network engine the set-up is measured, not set: localhost's is small, TLS's larger.",
    tryNext: 'Switch the connection to close and run again: every bar starts with its set-up.',
    values: {
      ...LESSON_BASE,
      model: 'sequential',
      calls: lessonCalls('50*10'),
      connections: 1,
      setupMs: 30,
    },
    holdsAnyOf: ['connection'],
  },
];

export function networkLesson(name: NetworkLessonName): NetworkLesson {
  return NETWORK_LESSONS.find((lesson) => lesson.name === name) as NetworkLesson;
}
