import type { FaultFigure } from './faultFigures.ts';

/**
 * The failures panel folded to one line: "Request failed at 250 ms (call 2) · Calls answered
 * 75 % · Copies per call 1.5". Only measured figures are named (the first three that have a
 * value); before the run ends it says what opening the panel shows.
 */
export function faultSummaryText(figures: readonly FaultFigure[]): string {
  const measured = figures
    .filter((figure) => figure.value !== null)
    .slice(0, 3)
    .map(
      (figure) => `${figure.label} ${figure.value}${figure.unit === '' ? '' : ` ${figure.unit}`}`,
    );
  return measured.length === 0 ? 'what failures cost, and what to expect' : measured.join(' · ');
}
