import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { ModelSpec } from '../../core/modelSpec.ts';
import type { CallPolicy } from '../../core/policy/callPolicy.ts';
import { faultyRun, type ScriptedCopy } from '../../core/testing/faultyTimelineOf.ts';
import { callDetails, callTooltipLines } from './callDetails.ts';
import { CopyList } from './copyList.ts';
import { spanCsv } from './spanCsv.ts';
import { SpanTable } from './SpanTable.tsx';
import { timelineDataFromTrace, type TimelineData } from './timelineData.ts';

const TALK = [125, 250, 375, 500];

async function dataOf(
  spec: ModelSpec,
  script: Readonly<Record<number, readonly ScriptedCopy[]>>,
  policy: Partial<CallPolicy> = {},
): Promise<TimelineData> {
  return timelineDataFromTrace((await faultyRun(TALK, spec, script, policy)).trace);
}

const retrying = { retries: 2, backoffMs: 50, jitter: 'none' } as const;

describe('call details with faults', () => {
  it('calls a call whose last copy failed failed, and lists its copies', async () => {
    // Business: 0→250 error, 300→550 error, 650→900 error.
    const data = await dataOf(
      { name: 'promise-all' },
      { 1: ['error', 'error', 'error'] },
      retrying,
    );
    const details = callDetails(data, 1, Infinity);
    expect(details).toMatchObject({ state: 'failed', copies: 3 });
    expect(callTooltipLines(details)[3]).toBe('3 copies: error 500, error 500, error 500');
  });

  it('says "3 copies: error, error, ok" in words with status codes, and counts only copies sent by the cursor', async () => {
    const data = await dataOf(
      { name: 'promise-all' },
      { 1: ['error', 'hang'] },
      {
        ...retrying,
        timeoutMs: 400,
      },
    );
    expect(callTooltipLines(callDetails(data, 1, Infinity))[3]).toBe(
      '3 copies: error 500, timed out, ok',
    );
    expect(callDetails(data, 1, 320)).toMatchObject({
      state: 'in flight',
      copies: 2,
      copyOutcomes: 'error 500, in flight',
    });
  });

  it('is backing off between a failed copy and its retry', async () => {
    const data = await dataOf({ name: 'promise-all' }, { 1: ['error'] }, retrying);
    expect(callDetails(data, 1, 280).state).toBe('backing off');
  });

  it('reports timed out, cancelled and skipped calls', async () => {
    const timedOut = await dataOf({ name: 'promise-all' }, { 0: ['hang'] }, { timeoutMs: 100 });
    expect(callDetails(timedOut, 0, Infinity).state).toBe('timed out');
    const cancelled = await dataOf(
      { name: 'promise-all' },
      { 0: ['error'] },
      { cancelOnFailure: true },
    );
    expect(callDetails(cancelled, 3, Infinity)).toMatchObject({
      state: 'cancelled',
      copyOutcomes: 'cancelled',
    });
    const skipped = await dataOf({ name: 'sequential' }, { 1: ['error'] });
    expect(callDetails(skipped, 2, Infinity)).toMatchObject({
      state: 'skipped',
      startMs: null,
      endMs: null,
      inFlightMs: null,
      copies: 0,
      copyOutcomes: '',
    });
  });

  it('marks hedge copies', async () => {
    const data = await dataOf(
      { name: 'promise-all' },
      {
        1: [
          { fault: 'ok', ms: 1000 },
          { fault: 'ok', ms: 100 },
        ],
      },
      { hedgeMs: 150 },
    );
    expect(callDetails(data, 1, Infinity).copyOutcomes).toBe('cancelled, hedge ok');
  });

  it('adds the status and the copies to the span table and its CSV', async () => {
    const data = await dataOf({ name: 'promise-all' }, { 1: ['error'] }, retrying);
    const lines = spanCsv(data, Infinity).split('\n');
    expect(lines[0]).toMatch(/,status,copies,copy_outcomes$/);
    expect(lines[2]).toMatch(/,done,2,error 500; ok$/);
    const html = renderToStaticMarkup(
      <SpanTable data={data} nowMs={Infinity} version={0} initiallyOpen />,
    );
    expect(html).toContain('<td>done</td><td>2: error 500, ok</td>');
  });
});

describe('CopyList', () => {
  it('links each call’s copies in attempt order, whatever order they are added in', () => {
    const copies = new CopyList(3);
    expect(copies.firstOf(1)).toBe(-1);
    copies.add(1, 2, false, 30);
    copies.add(1, 0, false, 10);
    copies.add(0, 0, false, 0);
    copies.add(1, 1, true, 20);
    const attempts: number[] = [];
    for (let k = copies.firstOf(1); k >= 0; k = copies.next[k] as number) {
      attempts.push(copies.attempt[k] as number);
    }
    expect(attempts).toEqual([0, 1, 2]);
  });

  it('grows past its first buffers and ends the copy it is told', () => {
    const copies = new CopyList(100);
    for (let i = 0; i < 100; i += 1) copies.add(i, 0, false, i);
    expect(copies.end(99, 0, 150, 1)).toBe(copies.firstOf(99));
    expect(copies.end(99, 1, 150, 1)).toBe(-1);
    expect([copies.length, copies.endedAtMs[copies.firstOf(99)]]).toEqual([100, 150]);
  });
});
