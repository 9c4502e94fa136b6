import { describe, expect, it } from 'vitest';
import { formatCallList } from '../../core/callListCodec.ts';
import { MAX_CALLS } from '../../core/limits.ts';
import { DEFAULT_SCENARIO, type CallSpec, type Scenario } from '../../core/scenario.ts';
import { addCall, moveCall, removeCall, replaceCall, withCalls } from './callListEdits.ts';

const talk: Scenario = DEFAULT_SCENARIO; // session 125, business 250, user 375, reviews 500
const services = (s: Scenario): string[] => s.fanOut.calls.map((c) => c.service);

describe('call list edits', () => {
  it('moves a call up or down, keeping its service', () => {
    const up = moveCall(talk, 2, -1);
    expect(services(up)).toEqual(['session', 'user', 'business', 'reviews']);
    expect(formatCallList(up.fanOut.calls)).toBe('125,user:375,business:250,500');
    expect(services(moveCall(talk, 0, 1))).toEqual(['business', 'session', 'user', 'reviews']);
  });

  it('returns the same scenario for a move past either end', () => {
    expect(moveCall(talk, 0, -1)).toBe(talk);
    expect(moveCall(talk, 3, 1)).toBe(talk);
    expect(moveCall(talk, 9, -1)).toBe(talk);
  });

  it('never mutates the scenario it was given', () => {
    const before = talk.fanOut.calls.slice();
    moveCall(talk, 1, 1);
    removeCall(talk, 0);
    addCall(talk);
    expect(talk.fanOut.calls).toEqual(before);
  });

  it('removes a call', () => {
    expect(services(removeCall(talk, 1))).toEqual(['session', 'user', 'reviews']);
    expect(removeCall(talk, 4)).toBe(talk);
  });

  it('adds a call named for its position, with the last call’s latency', () => {
    const added = addCall(talk);
    expect(added.fanOut.calls[4]).toEqual({
      service: 'photos',
      latency: { kind: 'fixed', ms: 500 },
    });
    expect(addCall({ ...talk, fanOut: { ...talk.fanOut, calls: [] } }).fanOut.calls).toEqual([
      { service: 'session', latency: { kind: 'fixed', ms: 100 } },
    ]);
  });

  it('refuses to grow past MAX_CALLS', () => {
    const call: CallSpec = { service: 'a', latency: { kind: 'fixed', ms: 1 } };
    const full = {
      ...talk,
      fanOut: { ...talk.fanOut, calls: new Array<CallSpec>(MAX_CALLS).fill(call) },
    };
    expect(addCall(full)).toBe(full);
    expect(withCalls(talk, new Array<CallSpec>(MAX_CALLS + 1).fill(call))).toBe(talk);
  });

  it('replaces one call and keeps the others', () => {
    const call: CallSpec = { service: 'geo', latency: { kind: 'uniform', minMs: 1, maxMs: 9 } };
    const next = replaceCall(talk, 3, call);
    expect(next.fanOut.calls[3]).toBe(call);
    expect(next.fanOut.calls.slice(0, 3)).toEqual(talk.fanOut.calls.slice(0, 3));
    expect(replaceCall(talk, -1, call)).toBe(talk);
  });

  it('keeps every other field of the scenario', () => {
    const next = removeCall(
      { ...talk, fanOut: { ...talk.fanOut, model: 'worker-pool', limit: 3 } },
      0,
    );
    expect(next.fanOut.model).toBe('worker-pool');
    expect(next.fanOut.limit).toBe(3);
  });
});
