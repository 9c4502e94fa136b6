import { describe, expect, it } from 'vitest';
import { ASSUMED_CAPACITY, planLiveTimeScale } from '../../core/live/liveTimeScale.ts';
import {
  chosenScaleOf,
  liveScaleAfterNote,
  liveScaleStatusText,
  scaleOptions,
} from './liveScaleText.ts';

const burst = Array.from({ length: 200 }, () => ({ atMs: 0, latencyMs: 20 }));

describe('the words of a live run’s time scale', () => {
  it('offers auto with the planner’s pick, then slow-downs and real time, never compression', () => {
    const labels = scaleOptions(1 / 20).map((option) => option.label);
    expect(labels[0]).toBe('auto (20× slower)');
    expect(labels).toContain('real time');
    expect(labels).toContain('100× slower');
    expect(labels.some((label) => label.includes('faster'))).toBe(false);
    expect(scaleOptions(null)[0]?.label).toBe('auto');
  });

  it('reads the select back: auto, or one of the offered scales', () => {
    expect(chosenScaleOf('auto')).toBeNull();
    for (const { value } of scaleOptions(1).slice(1)) {
      expect(String(chosenScaleOf(value))).toBe(value);
    }
    expect(chosenScaleOf('5')).toBeNull();
  });

  it('says the scale while running, and that times are the scenario’s', () => {
    expect(liveScaleStatusText(1 / 20)).toBe("Live at 20× slower; times are in the scenario's ms.");
    expect(liveScaleStatusText(1)).toBe('Live at real time.');
  });

  it('repeats a problem after the run, and otherwise the scale it ran at', () => {
    const auto = planLiveTimeScale({ sends: burst, makespanMs: 20, capacity: ASSUMED_CAPACITY });
    expect(liveScaleAfterNote(auto)).toBe(
      "Ran 50× slower so the page kept up; times are in the scenario's ms.",
    );
    const forced = planLiveTimeScale({
      sends: burst,
      makespanMs: 20,
      capacity: ASSUMED_CAPACITY,
      chosenScale: 1,
    });
    expect(liveScaleAfterNote(forced)).toBe(forced.problem);
    const talk = planLiveTimeScale({
      sends: [{ atMs: 0, latencyMs: 125 }],
      makespanMs: 125,
      capacity: ASSUMED_CAPACITY,
    });
    expect(liveScaleAfterNote(talk)).toBeNull();
  });
});
