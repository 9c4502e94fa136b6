import { describe, expect, it } from 'vitest';
import { TALK_CALLS } from '../../core/scenario.ts';
import { seedHint } from './seedHint.ts';

describe('seedHint', () => {
  it('says the seed changes nothing when every latency is fixed', () => {
    expect(seedHint(TALK_CALLS)).toBe('Every latency is fixed, so the seed changes nothing here.');
  });

  it('says what the seed is for when a latency is drawn', () => {
    const calls = [
      ...TALK_CALLS,
      { service: 'geo', latency: { kind: 'uniform', minMs: 1, maxMs: 2 } } as const,
    ];
    expect(seedHint(calls)).toMatch(/^The same seed draws the same latencies/);
  });
});
