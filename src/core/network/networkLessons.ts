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
      'Ten 50 ms calls one after another over one HTTP/1.1 connection. With keep-alive the ' +
      'connection is opened once and every call reuses it; with Connection: close the server ' +
      'closes it after each answer and every call pays the set-up again (DNS, TCP, TLS). The ' +
      'virtual engine opens no socket, so it shows no set-up: run it on the network engine ' +
      '(npm start) to see the cost in each bar.',
    tryNext: 'On the network engine, compare the connect phase of the first call and the others.',
    values: {
      ...LESSON_BASE,
      model: 'sequential',
      calls: lessonCalls('50*10'),
      connections: 1,
    },
  },
];

export function networkLesson(name: NetworkLessonName): NetworkLesson {
  return NETWORK_LESSONS.find((lesson) => lesson.name === name) as NetworkLesson;
}
