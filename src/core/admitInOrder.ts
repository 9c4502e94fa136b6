import { captureSettlers, lastReject, lastResolve } from './capturedSettlers.ts';
import { dropConsumed } from './dropConsumed.ts';
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

/** A queued entry that is a retry's `enter` (it resolves with whether it holds a slot), not a call. */
const ENTER = -1;

/** Settles a promise of the queue: a call's (void) or an `enter`'s (whether it holds a slot). */
type Settle = (value?: unknown) => void;

const RESOLVED: Promise<void> = Promise.resolve();

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
 *
 * Cost (issue 16): a throttle queues every call up front, so a queued call is three slots of one
 * array and its promise, not a suspended async function. The loop and each call keep exactly the
 * microtask turns of the async code they replace (`await x` is `x.then`, and a granted call starts
 * one turn after its grant, where the awaiting function resumed), so calls that meet at one
 * instant keep their order (engineCorpus.test.ts).
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
  // The queue, three slots an entry: the call's index (or ENTER), then its promise's settlers.
  const queue: unknown[] = [];
  let head = 0;
  let granting = false;
  // The entry whose turn is under way (the queue's slot of its index).
  let current = 0;
  // The granted calls not started yet, four slots each: index, holds a slot (0/1), settlers.
  // Each starts one microtask after its grant (startGranted), in grant order.
  const granted: unknown[] = [];
  let grantedHead = 0;
  // Which calls hold a slot: a retry that gave its turn back asks again, and a call let through
  // after a cancel holds none.
  const holdsSlot = new Uint8Array(ctx.callCount);

  const enqueue = (index: number, settled: Promise<unknown>): void => {
    queue.push(index, lastResolve(settled), lastReject(settled));
    if (!granting) pump();
  };

  /** Hands entry `at` of the queue its admission (with a slot or not). */
  const grant = (at: number, holds: boolean): void => {
    const index = queue[at] as number;
    const resolve = queue[at + 1] as Settle;
    const reject = queue[at + 2] as Settle;
    queue[at + 1] = queue[at + 2] = undefined;
    if (index === ENTER) {
      resolve(holds);
      return;
    }
    granted.push(index, holds ? 1 : 0, resolve, reject);
    void RESOLVED.then(startGranted);
  };

  /** The oldest granted call starts: what `send` did once its `await` of the grant resumed. */
  const startGranted = (): void => {
    const at = grantedHead;
    const index = granted[at] as number;
    const resolve = granted[at + 2] as Settle;
    const reject = granted[at + 3] as Settle;
    holdsSlot[index] = granted[at + 1] as number;
    granted[at + 2] = granted[at + 3] = undefined;
    grantedHead = dropConsumed(granted, at + 4);
    let sent: Promise<void>;
    try {
      sent = ctx.send(index, admitted);
    } catch (error) {
      admitted.leave(index);
      reject(error);
      return;
    }
    sent.then(
      () => {
        admitted.leave(index);
        resolve();
      },
      (error: unknown) => {
        admitted.leave(index);
        reject(error);
      },
    );
  };

  /** The loop: takes the next queued entry's turn; returns while a turn is under way. */
  const pump = (): void => {
    granting = true;
    while (head < queue.length) {
      current = head;
      head += 3;
      if (ctx.cancelled()) {
        grant(current, false);
        continue;
      }
      let turn: Promise<void>;
      try {
        turn = takeTurn(pool);
      } catch (error) {
        fail(error);
        return;
      }
      // `await turn`, as a `.then` (the same turn) with no closure per call.
      turn.then(turnEnded, fail);
      return;
    }
    granting = false;
  };

  const turnEnded = (): void => {
    const holds = holding;
    holding = false;
    if (ctx.cancelled()) {
      // Cancelled while this call waited for its turn: it gets neither slot nor start.
      if (holds) semaphore?.release();
      grant(current, false);
    } else {
      grant(current, holds);
    }
    head = dropConsumed(queue, head);
    pump();
  };

  /**
   * Stopped while waiting: the slot taken for this turn goes back, and nobody still queued will
   * be admitted. Each call's promise rejects one turn later, as its awaiting function did.
   */
  const fail = (error: unknown): void => {
    if (holding) semaphore?.release();
    holding = false;
    for (let k = current; k < queue.length; k += 3) {
      const reject = queue[k + 2] as Settle;
      if (queue[k] === ENTER) reject(error);
      else void RESOLVED.then(() => reject(error));
      queue[k + 1] = queue[k + 2] = undefined;
    }
    head = queue.length;
    granting = false;
  };

  const admitted: AdmittedInOrder = {
    enter: async (index) => {
      const entered = new Promise<boolean>(captureSettlers);
      enqueue(ENTER, entered);
      holdsSlot[index] = (await entered) ? 1 : 0;
    },
    leave: (index) => {
      if (holdsSlot[index] === 1) semaphore?.release();
      holdsSlot[index] = 0;
    },
    send: (index) => {
      // No closure and no suspended function per queued call (capturedSettlers.ts).
      const done = new Promise<void>(captureSettlers);
      enqueue(index, done);
      return done;
    },
  };
  return admitted;
}
