import { describe, expect, it } from 'vitest';
import { faultyRun } from '../../core/testing/faultyTimelineOf.ts';
import { dataOf } from './testing/timelineFixtures.ts';
import { timelineDataFromTrace } from './timelineData.ts';
import { timelineSummary } from './timelineSummary.ts';

describe('timelineSummary', () => {
  const data = dataOf([
    { service: 'session', startMs: 0, endMs: 125 },
    { service: 'business', startMs: 125, endMs: 375 },
    { service: 'user' },
  ]);

  it('says what the timeline shows and where each call stands at the cursor', () => {
    expect(timelineSummary(data, 200, 1250, 1250)).toBe(
      '3 calls to session, business and user, on a time axis from 0 to 1,250 ms. ' +
        'At 200 ms: 1 done, 1 in flight, 1 queued. Predicted makespan 1,250 ms.',
    );
  });

  it('names a few services and counts the rest', () => {
    const many = dataOf(Array.from({ length: 9 }, (_, i) => ({ service: `s${i}` })));
    expect(timelineSummary(many, 0, 100, null)).toContain(
      's0, s1, s2, s3, s4, s5 and 3 more services',
    );
  });

  it('counts the calls that ended badly and says when the request failed', async () => {
    const { trace } = await faultyRun(
      [125, 250, 375, 500],
      { name: 'sequential' },
      { 1: ['error'] },
    );
    const summary = timelineSummary(timelineDataFromTrace(trace), Infinity, 500, null);
    expect(summary).toContain('Of those done: 1 failed and 2 skipped.');
    expect(summary).toContain('The request failed at 375 ms.');
  });
});
