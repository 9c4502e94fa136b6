import { describe, expect, it } from 'vitest';
import type { ModelSpec } from '../../core/modelSpec.ts';
import { DEFAULT_POLICY, type CallPolicy } from '../../core/policy/callPolicy.ts';
import { simulateFanOut } from '../../core/simulate.ts';
import { scriptedPlanner, type ScriptedCopy } from '../../core/testing/faultyTimelineOf.ts';
import { fixedCalls } from '../../core/testing/timelineOf.ts';
import type { RunEvent, Trace } from '../../core/trace.ts';
import { callStatusOf, copyOutcomeOf } from '../timeline/timelineCodes.ts';
import {
  pendingTimelineData,
  timelineDataFromTrace,
  type TimelineData,
} from '../timeline/timelineData.ts';
import { applyRunEvent } from './applyRunEvent.ts';

const TALK = [125, 250, 375, 500];

/** A run's final trace and every event it emitted, in order. */
async function recorded(
  spec: ModelSpec,
  script: Readonly<Record<number, readonly ScriptedCopy[]>>,
  policy: Partial<CallPolicy>,
): Promise<{ trace: Trace; events: RunEvent[] }> {
  const events: RunEvent[] = [];
  const trace = await simulateFanOut(fixedCalls(TALK), spec, {
    onEvent: (event) => events.push(event),
    faults: { policy: { ...DEFAULT_POLICY, ...policy }, plan: scriptedPlanner(script), seed: 1 },
  });
  return { trace, events };
}

/** Each call's copies as plain records, in the order the data links them. */
function copiesByCall(data: TimelineData) {
  const copies = data.copies;
  return Array.from({ length: data.count }, (_, i) => {
    const list: Array<Record<string, unknown>> = [];
    if (!copies) return list;
    for (let k = copies.firstOf(i); k >= 0; k = copies.next[k] as number) {
      list.push({
        attempt: copies.attempt[k],
        hedge: copies.hedge[k] === 1,
        startedAtMs: copies.startedAtMs[k],
        endedAtMs: copies.endedAtMs[k],
        outcome: copyOutcomeOf(copies.outcome[k] as number),
      });
    }
    return list;
  });
}

function live(events: readonly RunEvent[], count = TALK.length): TimelineData {
  const data = pendingTimelineData(fixedCalls(TALK).slice(0, count));
  for (const event of events) applyRunEvent(data, event);
  return data;
}

const CASES: ReadonlyArray<{
  name: string;
  spec: ModelSpec;
  script: Readonly<Record<number, readonly ScriptedCopy[]>>;
  policy: Partial<CallPolicy>;
}> = [
  {
    name: 'retries after errors',
    spec: { name: 'promise-all' },
    script: { 0: ['error', 'error'], 2: ['busy'] },
    policy: { retries: 2, backoffMs: 100, jitter: 'none' },
  },
  {
    name: 'hedges (a copy ending before an earlier one)',
    spec: { name: 'promise-all' },
    script: {
      1: [
        { fault: 'ok', ms: 1000 },
        { fault: 'ok', ms: 100 },
      ],
    },
    policy: { hedgeMs: 150 },
  },
  {
    name: 'timeouts and a failed request',
    spec: { name: 'worker-pool', limit: 2 },
    script: { 0: ['hang'], 3: ['error'] },
    policy: { timeoutMs: 300 },
  },
  {
    name: 'cancel on the first failure',
    spec: { name: 'promise-all' },
    script: { 0: ['error'] },
    policy: { cancelOnFailure: true },
  },
];

describe('applyRunEvent', () => {
  for (const { name, spec, script, policy } of CASES) {
    it(`grows the copies from live events exactly as the final trace gives them: ${name}`, async () => {
      const { trace, events } = await recorded(spec, script, policy);
      const fromEvents = live(events);
      const fromTrace = timelineDataFromTrace(trace);
      expect(copiesByCall(fromEvents)).toEqual(copiesByCall(fromTrace));
      expect(fromEvents.requestOutcome).toEqual(fromTrace.requestOutcome);
      expect(Array.from(fromEvents.status ?? [])).toEqual(Array.from(fromTrace.status ?? []));
      expect(Array.from(fromEvents.endedAtMs)).toEqual(Array.from(fromTrace.endedAtMs));
    });
  }

  it('keeps a copy sent but not answered yet in flight (ends at Infinity)', async () => {
    const { events } = await recorded(
      { name: 'promise-all' },
      { 1: ['error'] },
      { retries: 1, backoffMs: 50, jitter: 'none' },
    );
    // Up to the retry's send: business copy 0 0→250 error, copy 1 sent at 300.
    const upTo = events.findIndex((e) => e.type === 'attempt-start' && e.attempt === 1);
    const data = live(events.slice(0, upTo + 1));
    expect(copiesByCall(data)[1]).toEqual([
      { attempt: 0, hedge: false, startedAtMs: 0, endedAtMs: 250, outcome: 'error' },
      { attempt: 1, hedge: false, startedAtMs: 300, endedAtMs: Infinity, outcome: null },
    ]);
    expect(data.requestOutcome).toEqual({ settledAtMs: Infinity, failed: false });
  });

  it('records skipped calls where they were given up, and the failed request', async () => {
    // A pool of 1 with cancel on failure: call 0 fails at 125; the pool's queued calls are
    // skipped as their turn comes, at once, and recorded as never sent (at their ready time).
    const { events } = await recorded(
      { name: 'worker-pool', limit: 1 },
      { 0: ['error'] },
      { cancelOnFailure: true },
    );
    const data = live(events);
    expect(Array.from(data.status ?? []).map(callStatusOf)).toEqual([
      'failed',
      'skipped',
      'skipped',
      'skipped',
    ]);
    expect(Array.from(data.startedAtMs)).toEqual([0, 0, 0, 0]);
    expect(copiesByCall(data).slice(1)).toEqual([[], [], []]);
    expect(data.requestOutcome).toEqual({ settledAtMs: 125, failed: true });
  });
});
