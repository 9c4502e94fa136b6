import { describe, expect, it } from 'vitest';
import { timelineDataOf } from '../../charts/testing/timelineDataOf.ts';
import { CALL_CODE } from '../../timeline/timelineCodes.ts';
import { cursorPicture } from './cursorPicture.ts';

describe('cursorPicture', () => {
  const data = timelineDataOf(
    [
      { startedAtMs: 0, endedAtMs: 100 },
      { startedAtMs: 100, endedAtMs: 300, service: 'business' },
      { startedAtMs: Infinity, endedAtMs: Infinity, service: 'user' },
    ],
    [{ startedAtMs: 0, endedAtMs: Infinity }],
  );

  it('clips every span at the cursor, queued calls included', () => {
    expect(cursorPicture(data, 250, 50, 400)).toBe(
      [
        '0 session  |==      | 0 → 100',
        '1 business |--===   | 100 → 300',
        '2 user     |-----   | not sent',
        'W work     |#####   | 0 → …',
        'now        |     ^  | 250',
      ].join('\n'),
    );
  });

  it('draws nothing before the run starts, and keeps the cursor on the axis past its end', () => {
    expect(cursorPicture(data, 0, 100, 400)).toBe(
      [
        '0 session  |    | 0 → 100',
        '1 business |    | 100 → 300',
        '2 user     |    | not sent',
        'W work     |    | 0 → …',
        'now        |^   | 0',
      ].join('\n'),
    );
    const cut = { ...data, aborted: Uint8Array.of(0, 1, 0) };
    expect(cursorPicture(cut, 900, 100, 400)).toBe(
      [
        '0 session  |=   | 0 → 100',
        '1 business |-== | 100 → 300 aborted',
        '2 user     |----| not sent',
        'W work     |####| 0 → …',
        'now        |   ^| 900',
      ].join('\n'),
    );
  });

  it('names a call that did not answer, and marks when the request settled once passed', () => {
    const failed = {
      ...data,
      status: Uint8Array.of(CALL_CODE.failed, CALL_CODE.ok, CALL_CODE.skipped),
      requestOutcome: { settledAtMs: 100, failed: true },
    };
    expect(cursorPicture(failed, 250, 50, 400)).toBe(
      [
        '0 session  |==      | 0 → 100 failed',
        '1 business |--===   | 100 → 300',
        '2 user     |-----   | not sent skipped',
        'W work     |#####   | 0 → …',
        'request    |  |     | failed at 100',
        'now        |     ^  | 250',
      ].join('\n'),
    );
    expect(cursorPicture(failed, 50, 50, 400).split('\n')[4]).toBe(
      'request    |        | failed at 100',
    );
  });
});
