import type { Millis } from '../clock.ts';
import type { AttemptOutcome } from '../trace.ts';

/**
 * V8's limit on the frames an Error records (other engines have no such property). The two
 * failures below are answers, not bugs: nobody reads their stack, and recording one was a
 * twentieth of a virtual run with faults (one per failed copy), so they are built without.
 */
const v8Error = Error as unknown as { stackTraceLimit?: number };

/** An Error built without a stack (see above): the base of the failures that are answers. */
class StacklessError extends Error {
  constructor(message: string) {
    const limit = v8Error.stackTraceLimit;
    if (limit !== undefined) v8Error.stackTraceLimit = 0;
    super(message);
    if (limit !== undefined) v8Error.stackTraceLimit = limit;
  }
}

/**
 * A transport's answer that is a failure of the call, not of the run: the mocked service
 * answered 500 (`error`), 504 after hanging (`hung`) or 429 (`busy`, with its Retry-After).
 * Any other error a transport throws (a 400, a network failure) still fails the whole run.
 */
export class UpstreamFailure extends StacklessError {
  readonly kind: 'error' | 'hung' | 'busy';
  readonly retryAfterMs: Millis | null;

  constructor(kind: UpstreamFailure['kind'], message: string, retryAfterMs: Millis | null = null) {
    super(message);
    this.name = 'UpstreamFailure';
    this.kind = kind;
    this.retryAfterMs = retryAfterMs;
  }
}

/** Why the client itself aborted a copy: its timeout, the request's cancel, or a won hedge. */
export class ClientAbort extends StacklessError {
  readonly outcome: Extract<AttemptOutcome, 'timeout' | 'cancelled'>;

  constructor(outcome: ClientAbort['outcome'], message: string) {
    super(message);
    this.name = 'ClientAbort';
    this.outcome = outcome;
  }
}

/**
 * What `ctx.send(i)` rejects with when call i failed for good (after its retries), or was
 * cancelled or skipped because the request had already failed. A model that lets it propagate
 * fails the request, as `Promise.all` or a loop of awaits does.
 */
export class CallFailedError extends Error {
  readonly index: number;

  constructor(index: number, message: string) {
    super(message);
    this.name = 'CallFailedError';
    this.index = index;
  }
}
