import type { ModelName } from '../../core/modelSpec.ts';

export interface PythonSnippet {
  /** False when the talk did not show this model: the snippet is ours, in the talk's style. */
  readonly inTalk: boolean;
  /** The idiom, in a few words (the tab panel's caption). */
  readonly title: string;
  readonly code: string;
}

/**
 * The talk's Python for each model ("Asynchronous Network Requests in Web Applications",
 * EuroPython 2016), short enough for a slide. Each opens with one comment line: what the talk
 * said about it, or that it was not in the talk. Marker lines for the highlight are listed in
 * codeMarkers.ts and checked against this text by its tests.
 */
export const PYTHON_SNIPPETS: Readonly<Record<ModelName, PythonSnippet>> = {
  sequential: {
    inTalk: true,
    title: 'requests, one call after another',
    code: `# The talk: one call after another adds up, 0.125 + 0.25 + 0.375 + 0.5 = 1.25 s.
import requests


def handler(urls):
    results = []
    for url in urls:
        results.append(requests.get(url).json())  # blocks until the response
    return results
`,
  },
  'promise-all': {
    inTalk: true,
    title: 'asyncio.gather (aiohttp), or gevent spawn / joinall',
    code: `# The talk: sent together, the calls cost the slowest one, 0.5 s; beware of DNS resolutions.
import asyncio

import aiohttp
import gevent
import requests


async def fetch(session, url):
    async with session.get(url) as response:
        return await response.json()


async def handler(urls):
    async with aiohttp.ClientSession() as session:
        return await asyncio.gather(*(fetch(session, url) for url in urls))


# gevent, the talk's greenlets: the same overlap in blocking-style code
# (after gevent.monkey.patch_all(); gevent.pool.Pool(size) bounds it).
def gevent_handler(urls):
    jobs = [gevent.spawn(requests.get, url) for url in urls]
    gevent.joinall(jobs)
    return [job.value.json() for job in jobs]
`,
  },
  'worker-pool': {
    inTalk: true,
    title: 'ThreadPoolExecutor(max_workers=limit)',
    code: `# Like the talk's threaded workers, inside one request: max_workers bounds calls at once.
from concurrent.futures import ThreadPoolExecutor

import requests


def fetch(url):
    return requests.get(url).json()  # on one of the pool's threads


def handler(urls, limit=2):
    with ThreadPoolExecutor(max_workers=limit) as pool:
        # Calls past \`limit\` wait in the executor's queue for a free thread.
        return list(pool.map(fetch, urls))


# With gevent: gevent.pool.Pool(limit).map(fetch, urls) bounds greenlets the same way.
`,
  },
  throttled: {
    inTalk: false,
    title: 'a start-spacing throttle in asyncio',
    code: `# Not in the talk: a throttle limits how often calls start, not how many run.
import asyncio

import aiohttp


async def fetch(session, url, bound):
    try:
        async with session.get(url) as response:
            return await response.json()
    finally:
        bound.release()


async def handler(urls, min_interval=0.1, limit=2):
    loop = asyncio.get_running_loop()
    bound = asyncio.Semaphore(limit)  # optional: calls in flight
    next_start = loop.time()
    async with aiohttp.ClientSession() as session:
        tasks = []
        for url in urls:
            await bound.acquire()  # waits for a call in flight to end
            if next_start > loop.time():
                await asyncio.sleep(next_start - loop.time())  # waits for the throttle
            next_start = loop.time() + min_interval
            tasks.append(asyncio.create_task(fetch(session, url, bound)))
        return await asyncio.gather(*tasks)
`,
  },
  batches: {
    inTalk: false,
    title: 'asyncio.gather, one chunk at a time',
    code: `# Not in the talk: its asyncio.gather, chunk by chunk; each chunk costs its slowest call.
import asyncio

import aiohttp


async def fetch(session, url):
    async with session.get(url) as response:
        return await response.json()


async def handler(urls, size=2):
    results = []
    async with aiohttp.ClientSession() as session:
        for first in range(0, len(urls), size):
            chunk = urls[first : first + size]
            results += await asyncio.gather(*(fetch(session, url) for url in chunk))
    return results
`,
  },
  offload: {
    inTalk: true,
    title: 'a Tornado IOLoop in its own thread',
    code: `# The talk: calls on a Tornado loop thread overlap the request's own work, 1.0 s in all.
import asyncio
import threading

from tornado.httpclient import AsyncHTTPClient
from tornado.ioloop import IOLoop

io_loop = IOLoop()  # the loop thread, started once per process
threading.Thread(target=io_loop.start, daemon=True).start()


async def fetch_all(urls):
    client = AsyncHTTPClient()
    return await asyncio.gather(*(client.fetch(url) for url in urls))


def handler(urls):
    calls = asyncio.run_coroutine_threadsafe(fetch_all(urls), io_loop.asyncio_loop)
    report = render_report()  # blocking local work on the request's thread
    return report, calls.result()  # then waits for the calls still in flight
`,
  },
};
