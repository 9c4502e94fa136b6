import { describe, expect, it } from 'vitest';
import { wirePhasesOf, type ResourceTimingLike } from './wirePhasesOf.ts';

/** An entry of a fetch at fetchStart 100 on a fresh HTTP/1.1 connection (3 ms DNS, 5 ms TCP). */
const FRESH: ResourceTimingLike = {
  fetchStart: 100,
  domainLookupStart: 101,
  domainLookupEnd: 104,
  connectStart: 104,
  connectEnd: 109,
  requestStart: 110,
  responseStart: 610,
  responseEnd: 611,
  nextHopProtocol: 'http/1.1',
};

describe('wirePhasesOf', () => {
  it('splits a fresh connection into set-up (DNS, TCP), queue, waiting and download', () => {
    expect(wirePhasesOf(FRESH)).toEqual({
      queuedMs: 2,
      connectMs: 8,
      waitingMs: 500,
      downloadMs: 1,
      protocol: 'http/1.1',
    });
  });

  it('gives a reused connection no set-up: its wait for the connection is all queue', () => {
    // The 7th of twelve calls over HTTP/1.1: it waited 500 ms for one of the six connections.
    const reused: ResourceTimingLike = {
      fetchStart: 100,
      domainLookupStart: 100,
      domainLookupEnd: 100,
      connectStart: 100,
      connectEnd: 100,
      requestStart: 602,
      responseStart: 1103,
      responseEnd: 1103.5,
      nextHopProtocol: 'http/1.1',
    };
    expect(wirePhasesOf(reused)).toEqual({
      queuedMs: 502,
      connectMs: 0,
      waitingMs: 501,
      downloadMs: 0.5,
      protocol: 'http/1.1',
    });
  });

  it('counts the time from the send to fetchStart as queued, so the phases start at the send', () => {
    const phases = wirePhasesOf(FRESH, 98);
    expect(phases?.queuedMs).toBe(4);
    const sum = (phases?.queuedMs ?? 0) + (phases?.connectMs ?? 0) + (phases?.waitingMs ?? 0);
    expect(sum + (phases?.downloadMs ?? 0)).toBe(FRESH.responseEnd - 98);
  });

  it('has no phases for an entry that hides them (no Timing-Allow-Origin)', () => {
    const hidden = { ...FRESH, requestStart: 0, responseStart: 0, connectStart: 0, connectEnd: 0 };
    expect(wirePhasesOf(hidden)).toBeNull();
  });
});
