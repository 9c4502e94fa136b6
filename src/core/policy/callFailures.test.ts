import { describe, expect, it } from 'vitest';
import { CallFailedError, ClientAbort, UpstreamFailure } from './callFailures.ts';

/** The frames an error's stack names (its lines after the first, the message's). */
function framesOf(error: Error): string[] {
  return (error.stack ?? '').split('\n').filter((line) => line.trimStart().startsWith('at '));
}

const limits = Error as unknown as { stackTraceLimit: number };

describe('call failures', () => {
  it('a failure that is an answer (500, hang, 429, timeout, cancel) is built without a stack', () => {
    const failures = [
      new UpstreamFailure('busy', 'the service answered 429', 250),
      new ClientAbort('timeout', 'no answer within 2000 ms'),
    ];
    for (const failure of failures) {
      expect(framesOf(failure)).toEqual([]);
      expect(failure).toBeInstanceOf(Error);
    }
    expect(failures[0]).toMatchObject({ name: 'UpstreamFailure', kind: 'busy', retryAfterMs: 250 });
    expect(failures[1]).toMatchObject({ name: 'ClientAbort', outcome: 'timeout' });
  });

  it('leaves the stack limit as it found it, so other errors keep their stacks', () => {
    const before = limits.stackTraceLimit;
    const built = [
      new UpstreamFailure('error', 'the service answered 500'),
      new ClientAbort('cancelled', 'the request was cancelled'),
    ];
    expect(built.map((failure) => failure.name)).toEqual(['UpstreamFailure', 'ClientAbort']);
    expect(limits.stackTraceLimit).toBe(before);
    expect(framesOf(new CallFailedError(3, 'call 4 failed')).length).toBeGreaterThan(0);
  });
});
