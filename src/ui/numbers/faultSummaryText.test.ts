import { describe, expect, it } from 'vitest';
import type { FaultFigure } from './faultFigures.ts';
import { faultSummaryText } from './faultSummaryText.ts';

const figure = (label: string, value: string | null, unit = ''): FaultFigure => ({
  label,
  testId: label,
  value,
  unit,
  exact: value === null ? null : Number(value),
  detail: null,
});

describe('faultSummaryText', () => {
  it('names the first three measured figures with their units', () => {
    const text = faultSummaryText([
      figure('Request', 'ok'),
      figure('Calls answered', null, '%'),
      figure('Copies per call', '1.5'),
      figure('Wasted call time', '120', 'ms'),
      figure('Call p99', '300', 'ms'),
    ]);
    expect(text).toBe('Request ok · Copies per call 1.5 · Wasted call time 120 ms');
  });

  it('says what the panel holds before anything is measured', () => {
    expect(faultSummaryText([figure('Request', null)])).toBe(
      'what failures cost, and what to expect',
    );
  });
});
