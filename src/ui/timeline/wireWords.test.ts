import { describe, expect, it } from 'vitest';
import type { AttemptSpan, CallSpan, WirePhases } from '../../core/trace.ts';
import { callDetails, callTooltipLines } from './callDetails.ts';
import { timelineDataFromTrace } from './timelineData.ts';
import { wireLegendContent } from './wireLegendItems.ts';
import { callWire } from './wireWords.ts';

const H1: WirePhases = {
  queuedMs: 500,
  connectMs: 2,
  waitingMs: 501,
  downloadMs: 1,
  protocol: 'http/1.1',
};
const REUSED_H2: WirePhases = {
  queuedMs: 0,
  connectMs: 0,
  waitingMs: 500,
  downloadMs: 0,
  protocol: 'h2',
};

function span(index: number, more: Partial<CallSpan>): CallSpan {
  return {
    request: 0,
    index,
    service: 'session',
    latencyMs: 500,
    readyAtMs: 0,
    startedAtMs: 0,
    endedAtMs: 1010,
    status: 'ok',
    ...more,
  };
}

function copy(
  attempt: number,
  startedAtMs: number,
  endedAtMs: number,
  more: Partial<AttemptSpan>,
): AttemptSpan {
  return { attempt, hedge: false, latencyMs: 500, startedAtMs, endedAtMs, outcome: 'ok', ...more };
}

const dataOf = (calls: CallSpan[]) => timelineDataFromTrace({ calls, work: [], makespanMs: 1010 });

describe('wire phases in words', () => {
  it('adds the phases and the protocol to a finished call’s tooltip', () => {
    const data = dataOf([span(0, { wire: H1 })]);
    expect(callTooltipLines(callDetails(data, 0, Infinity)).at(-1)).toBe(
      'queued in browser 500 ms · set-up 2 ms · waiting 501 ms · download 1 ms · http/1.1',
    );
  });

  it('says nothing of phases before the call ended at the cursor', () => {
    const data = dataOf([span(0, { wire: H1 })]);
    expect(callDetails(data, 0, 900).wire).toBe('');
  });

  it('tells the phases of the copy that ended last, for a retried call', () => {
    const data = dataOf([
      span(0, {
        attempts: [
          copy(0, 0, 300, { outcome: 'error', wire: H1 }),
          copy(1, 400, 1010, { wire: REUSED_H2 }),
        ],
      }),
    ]);
    expect(callWire(data, 0, Infinity)).toEqual(REUSED_H2);
    expect(callWire(data, 0, 350)).toEqual(H1);
  });
});

describe('wireLegendContent', () => {
  it('is empty for a run without phases, so no key shows', () => {
    expect(wireLegendContent(dataOf([span(0, {})]))).toEqual({ kinds: [], protocols: [] });
  });

  it('lists only the phases that took time somewhere, and each protocol once', () => {
    const data = dataOf([
      span(0, { wire: REUSED_H2 }),
      span(1, { attempts: [copy(0, 0, 1010, { wire: H1 })] }),
      span(2, { wire: REUSED_H2 }),
    ]);
    expect(wireLegendContent(data)).toEqual({
      kinds: ['queued', 'connect', 'waiting', 'download'],
      protocols: ['h2', 'http/1.1'],
    });
    expect(wireLegendContent(dataOf([span(0, { wire: REUSED_H2 })])).kinds).toEqual(['waiting']);
  });
});
