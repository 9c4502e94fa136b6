import type { ThrottleKind } from '../../core/modelSpec.ts';
import type { ModelDescription } from './modelDescriptions.ts';

/** One title and line per throttle rule (DESIGN.md, "Exact semantics"). */
export const THROTTLE_DESCRIPTIONS: Readonly<Record<ThrottleKind, ModelDescription>> = {
  sliding: {
    title: 'Sliding window',
    line: 'At most cap starts in any window of that length (p-queue with strict: true)',
  },
  fixed: {
    title: 'Fixed window',
    line: 'At most cap starts per window, windows counted from 0 (p-queue interval, p-throttle)',
  },
  spacing: {
    title: 'Spacing',
    line: 'Consecutive starts at least minTime apart (Bottleneck minTime)',
  },
  bucket: {
    title: 'Token bucket',
    line: 'Starts with burst tokens, refilled at rate per second; each start spends one',
  },
};
