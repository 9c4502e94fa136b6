import { describe, expect, it } from 'vitest';
import type { LabRunState } from './labCommandBus.ts';
import { labRunStateOf } from './labRunStateOf.ts';

interface Snapshot {
  readonly status: LabRunState['status'];
  readonly nowMs: number;
}

describe('labRunStateOf', () => {
  it('gives one state object per snapshot, so the shell can compare states by identity', () => {
    let conversions = 0;
    const stateOf = labRunStateOf((snapshot: Snapshot): LabRunState => {
      conversions += 1;
      return { ...snapshot, playback: 'stopped', seekable: false, error: null };
    });
    const first: Snapshot = { status: 'running', nowMs: 10 };
    const next: Snapshot = { status: 'running', nowMs: 10 };
    expect(stateOf(first)).toBe(stateOf(first));
    expect(stateOf(next)).not.toBe(stateOf(first));
    expect(stateOf(next)).toEqual(stateOf(first));
    expect(conversions).toBe(2);
  });
});
