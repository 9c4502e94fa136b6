import { describe, expect, it } from 'vitest';
import { MODEL_NAMES } from '../../core/modelSpec.ts';
import { DEFAULT_SCENARIO, modelSpecOf } from '../../core/scenario.ts';
import { modelInWords } from './modelInWords.ts';

describe('modelInWords', () => {
  it('names every model with its default parameters', () => {
    const words = MODEL_NAMES.map((model) =>
      modelInWords(modelSpecOf({ ...DEFAULT_SCENARIO.fanOut, model })),
    );
    expect(words).toEqual([
      'Sequential',
      'All at once',
      'Worker pool, limit 2',
      'Throttled, sliding window, 2 starts in any 250 ms',
      'Batches, 2 calls per batch',
      'Offload, 1,000 ms of local work',
    ]);
  });

  it('says each throttle rule and the optional bound in flight', () => {
    const throttled = { ...DEFAULT_SCENARIO.fanOut, model: 'throttled' as const };
    const say = (changes: Partial<typeof throttled>): string =>
      modelInWords(modelSpecOf({ ...throttled, ...changes }));
    expect(say({ throttle: 'fixed', cap: 1, windowMs: 100 })).toBe(
      'Throttled, fixed window, 1 start per 100 ms',
    );
    expect(say({ throttle: 'spacing', minTimeMs: 50 })).toBe(
      'Throttled, spacing, starts 50 ms apart',
    );
    expect(say({ throttle: 'bucket', burst: 1, ratePerSec: 0.5 })).toBe(
      'Throttled, token bucket of 1 token, refilled at 0.5 per second',
    );
    expect(say({ limit: 3 })).toBe(
      'Throttled, sliding window, 2 starts in any 250 ms, limit 3 in flight',
    );
  });
});
