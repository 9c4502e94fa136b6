/**
 * The worker pool's code pattern in plain JavaScript, with no Overlap code at all (issue 16's
 * third reference): every call queued up front on a FIFO semaphore of `limit` permits, then
 * Promise.all over them, as p-limit is used and as src/core/models/workerPool.ts reads in the
 * lab's code panel. Every call is answered at once and there is no clock, so what this costs is
 * V8's own price for a million suspended async functions and their promises: the least any
 * engine can pay that runs this code as written. The bench prints it beside the floor.
 */
export async function runPLimitPattern(callCount: number, limit: number): Promise<void> {
  let free = limit;
  const waiting: Array<() => void> = [];
  let head = 0;
  const acquire = (): Promise<void> => {
    if (free > 0) {
      free -= 1;
      return Promise.resolve();
    }
    return new Promise<void>((resolve) => {
      waiting.push(resolve);
    });
  };
  const release = (): void => {
    const next = waiting[head];
    if (next === undefined) {
      free += 1;
      return;
    }
    // Dropped as it is handed on, so the queue does not keep a million resolved waiters alive.
    waiting[head] = NOOP;
    head += 1;
    next();
  };
  const send = (): Promise<void> => Promise.resolve();
  const run = async (): Promise<void> => {
    await acquire();
    try {
      await send();
    } finally {
      release();
    }
  };
  const calls: Promise<void>[] = [];
  for (let i = 0; i < callCount; i += 1) calls.push(run());
  await Promise.all(calls);
}

const NOOP = (): void => undefined;
