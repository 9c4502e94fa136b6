import { captureSettlers, lastReject, lastResolve } from './capturedSettlers.ts';
import type { Admission, ModelContext } from './modelContext.ts';
import { Semaphore } from './semaphore.ts';

/** The pool a turn may take one slot of (with a limit): `await pool.acquire()`. */
export interface TurnPool {
  acquire(): Promise<void>;
}

/**
 * One call's turn, as the model writes it: with a pool, its first step is `await pool.acquire()`;
 * then whatever else the call waits for (a throttle's next start). It may reject only when the
 * run is stopped (ctx.waitForTurn).
 */
export type TakeTurn = (pool: TurnPool | null) => Promise<void>;

/** Calls admitted in order; an Admission, so that a retry can give its turn back. */
export interface AdmittedInOrder extends Admission {
  /** Waits for call `index`'s turn, sends it, and gives the turn's slot back once it ended. */
  send(index: number): Promise<void>;
}

/** One call's wait for admission: resolved with whether it holds a pool slot. */
interface Waiter {
  readonly resolve: (holdsSlot: boolean) => void;
  readonly reject: (error: unknown) => void;
}

/**
 * Admits calls one at a time, in the order they asked (list order; a retry that gives its turn
 * back, retrySlot: release, asks again at the back): one loop runs each call's `takeTurn` after
 * the previous one's has ended, so each start is also >= the previous one. With a `limit`, at
 * most `limit` admitted calls hold a slot of the pool; a call's slot goes back when it leaves.
 *
 * Cancellation: once the request is cancelled (even while a call waits for its turn) the rest are
 * let through at once, without a slot: they will be skipped, and pacing them would only delay the
 * request. A run stopped during a turn (takeTurn rejects) gives that turn's slot back and
 * rejects every call still queued.
 */
export function admitInOrder(
  ctx: ModelContext,
  limit: number | null,
  takeTurn: TakeTurn,
): AdmittedInOrder {
  const semaphore = limit === null ? null : new Semaphore(limit);
  // Invariant: `holding` is true from the moment the current turn asks for its slot until the
  // slot is handed to its call or given back. A turn asks for it first and the semaphore never
  // rejects, so a turn that rejects holds its slot.
  let holding = false;
  const pool: TurnPool | null =
    semaphore === null
      ? null
      : {
          acquire: () => {
            holding = true;
            return semaphore.acquire();
          },
        };
  let waiting: Waiter[] = [];
  let head = 0;
  let granting = false;
  const grantInOrder = async (): Promise<void> => {
    granting = true;
    try {
      while (head < waiting.length) {
        const next = waiting[head] as Waiter;
        head += 1;
        if (ctx.cancelled()) {
          next.resolve(false);
          continue;
        }
        await takeTurn(pool);
        const holdsSlot = holding;
        holding = false;
        if (ctx.cancelled()) {
          // Cancelled while this call waited for its turn: it gets neither slot nor start.
          if (holdsSlot) semaphore?.release();
          next.resolve(false);
          continue;
        }
        next.resolve(holdsSlot);
        // Drop granted waiters now and then, so a long run does not keep them all.
        if (head > 1024 && head * 2 > waiting.length) {
          waiting = waiting.slice(head);
          head = 0;
        }
      }
    } catch (error) {
      // Stopped while waiting: the slot taken for this turn goes back, and nobody still queued
      // will be admitted.
      if (holding) semaphore?.release();
      holding = false;
      (waiting[head - 1] as Waiter).reject(error);
      while (head < waiting.length) (waiting[head++] as Waiter).reject(error);
    } finally {
      granting = false;
    }
  };
  const admit = (): Promise<boolean> => {
    // No closure per call (capturedSettlers.ts): a throttle queues every call up front.
    const admitted = new Promise<boolean>(captureSettlers);
    waiting.push({ resolve: lastResolve(admitted), reject: lastReject(admitted) });
    if (!granting) void grantInOrder();
    return admitted;
  };
  // Which calls hold a slot: a retry that gave its turn back asks again, and a call let through
  // after a cancel holds none.
  const holdsSlot = new Uint8Array(ctx.callCount);
  const admitted: AdmittedInOrder = {
    enter: async (index) => {
      holdsSlot[index] = (await admit()) ? 1 : 0;
    },
    leave: (index) => {
      if (holdsSlot[index] === 1) semaphore?.release();
      holdsSlot[index] = 0;
    },
    send: async (index) => {
      // `enter`, inlined: one async frame less per call on the engine's hot path.
      holdsSlot[index] = (await admit()) ? 1 : 0;
      try {
        await ctx.send(index, admitted);
      } finally {
        admitted.leave(index);
      }
    },
  };
  return admitted;
}
