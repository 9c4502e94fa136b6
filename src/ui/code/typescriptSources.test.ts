import { describe, expect, it } from 'vitest';
import { MODEL_NAMES } from '../../core/modelSpec.ts';
import { TYPESCRIPT_SOURCES } from './typescriptSources.ts';

/** The longest model file the panel shows: one screen on a projector, read aloud by a teacher. */
const MAX_LISTING_LINES = 40;

describe('the TypeScript listings', () => {
  it('are each short enough to read on one screen: the plumbing lives outside the models', () => {
    const long = MODEL_NAMES.map((model) => TYPESCRIPT_SOURCES[model])
      .map(({ path, text }) => ({ path, lines: text.trimEnd().split('\n').length }))
      .filter(({ lines }) => lines >= MAX_LISTING_LINES);
    expect(long).toEqual([]);
  });
});
