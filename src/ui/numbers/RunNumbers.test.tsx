import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { RunNumbers, type RunNumbersProps } from './RunNumbers.tsx';

const DONE: RunNumbersProps = {
  status: 'done',
  makespanMs: 600,
  predictedMs: null,
  noClosedForm: true,
  peakCallsInFlight: 1,
  peakRequestsOnWire: 2,
  totalWaitMs: 300,
  calibration: 'n/a (virtual)',
  notes: [],
};

/** The text of the element with a test id (the plain number, nothing else). */
const byTestId = (html: string, testId: string): string | null =>
  new RegExp(`data-testid="${testId}">([^<]*)<`).exec(html)?.[1] ?? null;

describe('RunNumbers', () => {
  it('shows calls started and not finished apart from requests on the wire', () => {
    // A hedged call in a pool of one: one call, two copies out at once.
    const html = renderToStaticMarkup(<RunNumbers {...DONE} />);
    expect(byTestId(html, 'peak-calls-in-flight')).toBe('1');
    expect(byTestId(html, 'peak-requests-on-wire')).toBe('2');
    expect(html).toContain('started and not finished');
    expect(html).toContain('Peak requests on the wire');
  });

  it('leaves both peaks empty until a run has measured them', () => {
    const html = renderToStaticMarkup(
      <RunNumbers {...DONE} status="idle" peakCallsInFlight={null} peakRequestsOnWire={null} />,
    );
    expect(byTestId(html, 'peak-calls-in-flight')).toBe('');
    expect(byTestId(html, 'peak-requests-on-wire')).toBe('');
  });
});
