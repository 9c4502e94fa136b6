/**
 * The lecture in six links, in the order of the talk's story (EuroPython 2016, "Asynchronous
 * Network Requests in Web Applications"): one source for the Teach page, the README's top and
 * their tests (each query decodes without a message).
 */
export interface TeachLink {
  readonly title: string;
  /** The address's query and hash, from `?`: what to append to the app's address. */
  readonly href: string;
  /** What the class sees, in a sentence. */
  readonly shows: string;
}

export const TEACH_LINKS: readonly TeachLink[] = [
  {
    title: 'One after another',
    href: '?model=sequential&autorun=1',
    shows: 'The talk’s four calls (125, 250, 375, 500 ms) in sequence: 1.25 s, their sum.',
  },
  {
    title: 'All at once',
    href: '?model=promise-all&autorun=1',
    shows: 'The same calls together (Promise.all, asyncio.gather): 0.5 s, the slowest one.',
  },
  {
    title: 'A bounded pool',
    href: '?model=worker-pool&limit=2&autorun=1',
    shows: 'Two at a time (a semaphore, p-limit): 0.75 s; each call starts when a slot frees.',
  },
  {
    title: 'When a call fails',
    href: '?model=promise-all&error=business:100&autorun=1',
    shows:
      'Promise.all rejects at 250 ms, yet the other calls run on to 500 ms: nobody cancelled them.',
  },
  {
    title: 'The server under load: the talk’s table',
    href: '?lab=server#talk',
    shows:
      'Every row of the talk’s load test (sync, threads, asyncio, gevent, offload) beside Overlap’s run.',
  },
  {
    title: 'Promise.all in a browser is a pool of six',
    href: '?model=promise-all&calls=500*12&connections=6&autorun=1',
    shows:
      'Twelve 500 ms calls over HTTP/1.1’s six connections per host: 1 s, in two waves; over ' +
      'HTTP/2 (protocol=h2), 0.5 s. Under npm start, engine=network shows it in real fetches.',
  },
];

/** The iframe a slide embeds: the lab alone, projector colours, keys left to the deck. */
export const EMBED_SNIPPET = `<iframe
  src="https://overlap.example/?embed=1&theme=projector&still=1&model=worker-pool&limit=2&autorun=1"
  title="Overlap: a worker pool of two" width="960" height="540" style="border: 0"></iframe>`;
