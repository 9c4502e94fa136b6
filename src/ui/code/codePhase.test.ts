import { describe, expect, it } from 'vitest';
import type { CursorState } from '../replay/stateAt.ts';
import { codePhase, codePhaseText } from './codePhase.ts';

const at = (changes: Partial<CursorState>): CursorState => ({
  nowMs: 0,
  done: 0,
  inFlight: 0,
  queued: 0,
  notReady: 0,
  skipped: 0,
  working: false,
  makespanSoFarMs: 0,
  finished: false,
  ...changes,
});

describe('code phase', () => {
  it('a queued call waits for the pool only in models that have one', () => {
    const state = at({ inFlight: 2, queued: 1 });
    expect(codePhase({ name: 'worker-pool', limit: 2 }, state)).toBe('slot');
    expect(codePhase({ name: 'batches', limit: 2 }, state)).toBe('response');
    expect(codePhase({ name: 'sequential' }, at({ inFlight: 1, queued: 3 }))).toBe('response');
  });

  it('a throttled call waits for a slot only when every slot is in flight', () => {
    const throttle = { kind: 'spacing', minTimeMs: 100 } as const;
    const queued = at({ inFlight: 1, queued: 2 });
    expect(codePhase({ name: 'throttled', throttle, limit: 1 }, queued)).toBe('slot');
    expect(codePhase({ name: 'throttled', throttle, limit: 2 }, queued)).toBe('throttle');
    expect(codePhase({ name: 'throttled', throttle, limit: null }, queued)).toBe('throttle');
  });

  it('local work outranks the wait for responses; a finished request executes nothing', () => {
    const offload = { name: 'offload', workMs: 1000 } as const;
    expect(codePhase(offload, at({ inFlight: 4, working: true }))).toBe('work');
    expect(codePhase(offload, at({ inFlight: 4 }))).toBe('response');
    expect(codePhase(offload, at({ done: 4, finished: true }))).toBeNull();
  });

  it('says what the highlighted line is doing', () => {
    expect(codePhaseText('slot', at({ queued: 1 }))).toBe(
      'Waiting for a free slot (1 call queued)',
    );
    expect(codePhaseText('response', at({ inFlight: 1 }))).toBe('Waiting for the response');
    expect(codePhaseText('response', at({ inFlight: 3 }))).toBe('Waiting for 3 responses');
    expect(codePhaseText('work', at({ inFlight: 2 }))).toBe(
      'Doing local work while 2 calls are in flight',
    );
    expect(codePhaseText(null, at({ done: 4, finished: true }))).toBe('The request has returned');
    expect(codePhaseText(null, at({}))).toBe('');
  });
});
