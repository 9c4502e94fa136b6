import { describe, expect, it } from 'vitest';
import { fanOutRun, liveRun, serverRun } from '../../core/export/testing/exportFixtures.ts';
import { exportFileStem, slug } from './exportFilename.ts';

describe('exportFileStem', () => {
  it('names what ran, how and when (UTC)', async () => {
    expect(exportFileStem(await fanOutRun(), '2025-01-02T03:04:05.678Z')).toBe(
      'overlap-fanout-sequential-virtual-20250102-030405',
    );
    expect(exportFileStem(liveRun(), '2025-01-02T04:04:05+01:00')).toBe(
      'overlap-fanout-promise-all-live-20250102-030405',
    );
    expect(exportFileStem(await serverRun('lab=server&preset=talk-sync-one'), null)).toBe(
      'overlap-server-sequential-virtual',
    );
    expect(exportFileStem(liveRun(), 'not a date')).toBe('overlap-fanout-promise-all-live');
  });
});

describe('slug', () => {
  it('keeps letters and digits, joined by single dashes', () => {
    expect(slug('Calls in flight')).toBe('calls-in-flight');
    expect(slug('  Wait vs. time in flight (ms) ')).toBe('wait-vs-time-in-flight-ms');
    expect(slug('Measured — predicted')).toBe('measured-predicted');
  });
});
