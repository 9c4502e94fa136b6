import { describe, expect, it } from 'vitest';
import { faultyRun } from '../../core/testing/faultyTimelineOf.ts';
import { failureLegendKinds } from './failureLegendItems.ts';
import { dataOf as plainDataOf } from './testing/timelineFixtures.ts';
import { timelineDataFromTrace } from './timelineData.ts';

const TALK = [125, 250, 375, 500];

describe('failureLegendKinds', () => {
  it('lists nothing for a run without faults (or data without copy records)', async () => {
    const { trace } = await faultyRun(TALK, { name: 'promise-all' }, {});
    expect(failureLegendKinds(timelineDataFromTrace(trace))).toEqual([]);
    expect(failureLegendKinds(plainDataOf([{ service: 'a', startMs: 0, endMs: 10 }]))).toEqual([]);
  });

  it('lists failed, 429, retried and the request-failed line for a retried run that failed', async () => {
    const { trace } = await faultyRun(
      TALK,
      { name: 'promise-all' },
      { 0: ['error', 'busy'] },
      { retries: 1, backoffMs: 10, jitter: 'none' },
    );
    expect(failureLegendKinds(timelineDataFromTrace(trace))).toEqual([
      'failed',
      'busy',
      'backoff',
      'request-failed',
    ]);
  });

  it('lists hedge copies and their withdrawn rivals, and not a failure', async () => {
    const { trace } = await faultyRun(TALK, { name: 'promise-all' }, {}, { hedgeMs: 150 });
    expect(failureLegendKinds(timelineDataFromTrace(trace))).toEqual(['cancelled', 'hedge']);
  });

  it('lists timed-out copies and skipped calls', async () => {
    const { trace } = await faultyRun(
      TALK,
      { name: 'sequential' },
      { 1: ['hang'] },
      { timeoutMs: 300 },
    );
    expect(failureLegendKinds(timelineDataFromTrace(trace))).toEqual([
      'timeout',
      'skipped',
      'request-failed',
    ]);
  });

  it('lists a backoff cut short by a cancel (its line runs to the call end)', async () => {
    // Session's 429 backs off (Retry-After 1 s); business fails for good at 600 and cancels it.
    const { trace } = await faultyRun(
      TALK,
      { name: 'promise-all' },
      { 0: ['busy'], 1: ['error', 'error'] },
      { retries: 1, backoffMs: 100, jitter: 'none', cancelOnFailure: true },
    );
    expect(failureLegendKinds(timelineDataFromTrace(trace))).toEqual([
      'failed',
      'busy',
      'backoff',
      'request-failed',
    ]);
  });
});
