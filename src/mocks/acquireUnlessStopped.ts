/**
 * Waits for a FIFO grant (`acquiring`: a SlotPool's worker, a Semaphore's permit) unless the run
 * stops first, then rejects with the signal's reason. Neither queue can withdraw a waiter, so a
 * grant that comes after the stop is handed straight back with `giveBack`: the queue stays
 * consistent (no permit is ever lost), and the next waiter, woken by that release, sees the stop
 * and gives its grant back in turn. Invariant: a caller that was rejected holds nothing.
 */
export function acquireUnlessStopped<T>(
  acquiring: Promise<T>,
  signal: AbortSignal,
  giveBack: (grant: T) => void,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    if (signal.aborted) {
      void acquiring.then(giveBack);
      reject(signal.reason as unknown);
      return;
    }
    const onAbort = () => reject(signal.reason as unknown);
    signal.addEventListener('abort', onAbort, { once: true });
    void acquiring.then((grant) => {
      signal.removeEventListener('abort', onAbort);
      if (signal.aborted) giveBack(grant);
      else resolve(grant);
    });
  });
}
