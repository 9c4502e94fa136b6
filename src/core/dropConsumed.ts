/** The fewest consumed slots worth a copy: below it, the array keeps them. */
const MIN_DROPPED_SLOTS = 1024;

/**
 * Drops the consumed front of a FIFO kept as an array and a head index (a semaphore's waiters,
 * admitInOrder's queues), once more than MIN_DROPPED_SLOTS are consumed and they are more than
 * half the array: a long run does not keep every served entry alive, and each slot is copied
 * O(1) times on average. `copyWithin`, not `splice`, which would build an array of the dropped
 * entries. Returns the new head (0 after a drop).
 */
export function dropConsumed(items: unknown[], head: number): number {
  if (head <= MIN_DROPPED_SLOTS || head * 2 <= items.length) return head;
  items.copyWithin(0, head);
  items.length -= head;
  return 0;
}
