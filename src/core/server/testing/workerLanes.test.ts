import { describe, expect, it } from 'vitest';
import type { RequestSpan, ServerTrace } from '../serverTrace.ts';
import { workerLanes } from './workerLanes.ts';

const served = (
  index: number,
  worker: number,
  startedAtMs: number,
  freedAtMs: number,
  process = 0,
): RequestSpan => ({
  index,
  intendedAtMs: 0,
  sentAtMs: 0,
  startedAtMs,
  freedAtMs,
  endedAtMs: freedAtMs,
  worker,
  process,
});

const traceOf = (requests: RequestSpan[]): ServerTrace => ({
  requests,
  calls: [],
  work: [],
  makespanMs: Math.max(0, ...requests.map((r) => r.endedAtMs)),
});

describe('workerLanes', () => {
  it('shows the request each worker served at each step, idle as a space', () => {
    const trace = traceOf([served(0, 0, 0, 200), served(1, 2, 0, 100, 1), served(12, 0, 200, 300)]);
    expect(workerLanes(trace, 100)).toBe(['w0 p0 |002|', 'w2 p1 |1  |'].join('\n'));
  });

  it('marks a step that covers two requests on one worker', () => {
    const trace = traceOf([served(0, 0, 0, 150), served(1, 0, 150, 300)]);
    expect(workerLanes(trace, 100)).toBe('w0 p0 |0*1|');
    expect(workerLanes(trace, 50)).toBe('w0 p0 |000111|');
  });
});
