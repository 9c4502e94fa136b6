import { describe, expect, it } from 'vitest';
import { serverTimelineSummary } from './serverTimelineSummary.ts';
import { serverDataOf } from './testing/serverDataOf.ts';

describe('server timeline summary', () => {
  it('says what the picture shows at the cursor', () => {
    const data = serverDataOf(
      [
        { sentMs: 0, startMs: 0, endMs: 100, worker: 0 },
        { sentMs: 0, startMs: 100, endMs: 200, worker: 0 },
        { sentMs: 100, startMs: 200, endMs: 300, worker: 0 },
      ],
      { processes: 1 },
    );
    expect(serverTimelineSummary(data, 50, 300, 300)).toBe(
      '3 requests to 1 process (1 worker), one lane per worker, on a time axis from 0 to 300 ms. ' +
        'At 50 ms: 0 done, 1 being served, 1 waiting at the server, 1 waiting at the client. ' +
        'Predicted makespan 300 ms.',
    );
    expect(serverTimelineSummary(data, Infinity, 300, null)).toMatch(/Now: 3 done, 0 being/);
  });

  it('counts a live request whose worker was freed as on its way back, not as being served', () => {
    const live = serverDataOf([
      { sentMs: 0, startMs: 0, freedMs: 100, endMs: 130, worker: 0 },
      { sentMs: 0, startMs: 100, freedMs: 200, endMs: 230, worker: 0 },
    ]);
    expect(serverTimelineSummary(live, 115, 230, null)).toContain(
      'At 115 ms: 0 done, 1 being served, 1 response on its way to the client, 0 waiting at the ' +
        'server, 0 waiting at the client.',
    );
  });

  it('counts an open run’s requests that have not arrived yet as not yet due, not as waiting', () => {
    const open = serverDataOf([
      { dueMs: 0, sentMs: 0, startMs: 0, endMs: 100, worker: 0 },
      { dueMs: 40, sentMs: 40, startMs: 100, endMs: 200, worker: 0 },
      { dueMs: 250, sentMs: 250, startMs: 250, endMs: 350, worker: 0 },
    ]);
    expect(serverTimelineSummary(open, 50, 350, null)).toContain(
      'At 50 ms: 0 done, 1 being served, 1 waiting at the server, 0 waiting at the client, ' +
        '1 not yet due (open arrivals).',
    );
  });
});
