import { describe, expect, it } from 'vitest';
import { parseSpeedChoice, replaySpeedChoices } from './replaySpeedChoices.ts';

describe('replay speed choices', () => {
  it('offers 0.1x to 10x with readable labels', () => {
    expect(replaySpeedChoices(1).map((c) => c.value)).toEqual([
      '0.1',
      '0.25',
      '0.5',
      '1',
      '2',
      '5',
      '10',
    ]);
    expect(replaySpeedChoices(1)[3]).toEqual({ value: '1', label: '1× (real time)' });
  });

  it('keeps a speed from a link in the list, in order', () => {
    expect(
      replaySpeedChoices(20)
        .map((c) => c.value)
        .at(-1),
    ).toBe('20');
  });

  it('reads an option back as a speed, refusing anything that is not a positive number', () => {
    expect(parseSpeedChoice('0.25')).toBe(0.25);
    expect(parseSpeedChoice('0')).toBeNull();
    expect(parseSpeedChoice('fast')).toBeNull();
  });
});
