import { describe, expect, it } from 'vitest';
import { MODEL_NAMES, THROTTLE_KINDS } from '../../core/modelSpec.ts';
import { MODEL_DESCRIPTIONS } from './modelDescriptions.ts';
import { THROTTLE_DESCRIPTIONS } from './throttleDescriptions.ts';

describe('model and throttle descriptions', () => {
  it('give every model and throttle a title and one short line', () => {
    const all = [
      ...MODEL_NAMES.map((m) => MODEL_DESCRIPTIONS[m]),
      ...THROTTLE_KINDS.map((k) => THROTTLE_DESCRIPTIONS[k]),
    ];
    for (const { title, line } of all) {
      expect(title.length).toBeGreaterThan(0);
      // One line on a projector: short enough not to wrap twice in a card.
      expect(line.length).toBeLessThanOrEqual(100);
      expect(line).not.toContain('\n');
    }
  });
});
