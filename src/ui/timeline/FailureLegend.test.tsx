import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { faultyRun } from '../../core/testing/faultyTimelineOf.ts';
import { LIGHT_FAILURES, LIGHT_PALETTE } from '../palette.ts';
import { FailureLegend } from './FailureLegend.tsx';
import { FAILURE_LEGEND_TEXT } from './failureLegendItems.ts';
import { timelineDataFromTrace } from './timelineData.ts';

const TALK = [125, 250, 375, 500];

describe('FailureLegend', () => {
  it('renders nothing for a run without failures', async () => {
    const { trace } = await faultyRun(TALK, { name: 'promise-all' }, {});
    const html = renderToStaticMarkup(
      <FailureLegend data={timelineDataFromTrace(trace)} version={0} palette={LIGHT_PALETTE} />,
    );
    expect(html).toBe('');
  });

  it('lists the styles present, each with a hidden swatch in the canvas colour and its words', async () => {
    const { trace } = await faultyRun(TALK, { name: 'promise-all' }, { 1: ['error'] });
    const html = renderToStaticMarkup(
      <FailureLegend data={timelineDataFromTrace(trace)} version={0} palette={LIGHT_PALETTE} />,
    );
    expect(html).toContain('aria-label="Key to the failures on the timeline"');
    expect(html.match(/<li /g)).toHaveLength(2);
    expect(html).toContain(FAILURE_LEGEND_TEXT.failed);
    expect(html).toContain(FAILURE_LEGEND_TEXT['request-failed']);
    expect(html).toContain(`fill="${LIGHT_FAILURES.failed}"`);
    expect(html).toContain('aria-hidden="true"');
    expect(html).not.toContain(FAILURE_LEGEND_TEXT.busy);
  });
});
