/**
 * Why the talk's measured numbers sit above the ideal ones, one short paragraph per reason. The
 * presets (talkPresets.ts) list the notes that apply to their row. Every figure quoted here is
 * the talk's or a measurement with the talk's own code (uWSGI 2.0.21, Python 3.11).
 */
export const TALK_NOTE_IDS = [
  'connection-setup',
  'dns',
  'gil',
  'asyncio-blocking',
  'client-bound',
  'upstream-capacity',
  'listen-backlog',
  'two-measurements',
  'local-work',
  'speed-vs-concurrency',
] as const;
export type TalkNoteId = (typeof TALK_NOTE_IDS)[number];

export interface TalkNote {
  readonly id: TalkNoteId;
  /** A few words, for a heading or a tag. */
  readonly title: string;
  readonly text: string;
}

const TEXTS: Readonly<Record<TalkNoteId, Omit<TalkNote, 'id'>>> = {
  'connection-setup': {
    title: 'connection set-up per call',
    text:
      'Every upstream call opens a new HTTP connection, a few ms that the ideal leaves out. One ' +
      'sync request took 1.282 s in the talk: 1.25 s plus 8 ms for each of its 4 calls ' +
      '(try callOverhead=8).',
  },
  dns: {
    title: 'DNS resolution',
    text:
      'aiohttp and gevent resolve host names in extra threads, so a call can also wait for DNS ' +
      '("beware of DNS resolutions", says the talk). callOverhead stands for it too.',
  },
  gil: {
    title: 'the GIL does not matter for I/O',
    text:
      'A thread waiting on a socket releases the GIL, so 4 threads (6.479 s) serve these ' +
      'requests as fast as 4 processes (6.418 s). The GIL would matter for CPU work.',
  },
  'asyncio-blocking': {
    title: "asyncio's worker blocks",
    text:
      'Each request runs its own event loop with run_until_complete, which blocks the worker ' +
      'until the fan-out ends: the calls overlap inside a request, but each of the 2 processes ' +
      'still serves one request at a time.',
  },
  'client-bound': {
    title: 'the client bounds the run',
    text:
      "hammer.py keeps 50 requests in flight, so 50 of the server's 100 greenlets stay idle: " +
      'min(W, C) = 50 requests run at once.',
  },
  'upstream-capacity': {
    title: "the upstream's capacity",
    text:
      'The wait server serves 200 calls at once. At concurrency 50, at most 50 x 4 = 200 calls ' +
      'are in flight, so it never makes a call wait; raise concurrency and calls queue there.',
  },
  'listen-backlog': {
    title: 'listen backlog',
    text:
      "At concurrency 100 the gevent app took 1.832 s for 100 requests: the wait server's " +
      'listen backlog of 100 dropped connections, which retried after about 1 s. With a backlog ' +
      "of 1024 it took 1.04 s. Overlap's upstream queue drops nothing: it shows the second case.",
  },
  'two-measurements': {
    title: 'two measurements',
    text:
      'The talk shows this row twice, 1.255 s and 1.373 s: the spread between two runs of one ' +
      'experiment is as large as the gap that the overheads explain.',
  },
  'local-work': {
    title: 'local work hides the calls',
    text:
      "The request's own work (1 s) outlasts its slowest call (0.5 s), so the calls cost " +
      'nothing extra; the measured 1.003 s is the work plus a response.',
  },
  'speed-vs-concurrency': {
    title: 'speed against concurrency',
    text:
      'The trade-off the talk names: one gevent request (0.539 s) is a little slower than one ' +
      'asyncio request (0.518 s), but 100 greenlets serve 100 requests in about 1.3 s, where ' +
      "asyncio's 2 blocked workers take 5 s for 20.",
  },
};

export function talkNote(id: TalkNoteId): TalkNote {
  return { id, ...TEXTS[id] };
}
