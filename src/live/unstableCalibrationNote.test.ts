import { describe, expect, it } from 'vitest';
import { unstableCalibrationNote } from './unstableCalibrationNote.ts';

describe('unstableCalibrationNote', () => {
  it('says nothing about a steady calibration', () => {
    expect(unstableCalibrationNote({ overheadMs: 9, spreadMs: 2, samples: 12 })).toBeNull();
    const steady = { overheadMs: 9, spreadMs: 2, samples: 12, attempts: 2, unstable: false };
    expect(unstableCalibrationNote(steady)).toBeNull();
  });

  it('says an unsteady one may let the run drift, with its spread and attempts', () => {
    const unsteady = { overheadMs: 21, spreadMs: 14.25, samples: 11, attempts: 3, unstable: true };
    expect(unstableCalibrationNote(unsteady)).toMatch(
      /^The mock overhead stayed unsteady over 3 measurements \(spread 14\.3 ms, steady is 5 ms or less\).*may drift/,
    );
  });
});
