import { createRef } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { fanOutRun, liveRun } from '../../core/export/testing/exportFixtures.ts';
import type { ExportableRun } from '../../core/export/exportableRun.ts';
import { DEFAULT_DISABLED_REASON, ExportMenu } from './ExportMenu.tsx';

const FILE_TEST_IDS = [
  'export-png-1x',
  'export-png-2x',
  'export-svg',
  'export-json',
  'export-csv',
  'export-trace',
  'export-har',
];

function render(run: ExportableRun | null, disabledReason?: string): string {
  return renderToStaticMarkup(
    <ExportMenu
      run={run}
      startedAtIso={null}
      timeline={null}
      chartsRef={createRef<Element>()}
      query="model=promise-all"
      disabledReason={disabledReason}
    />,
  );
}

/** The opening tag of the button with this test id. */
function button(html: string, testId: string): string {
  const at = html.indexOf(`data-testid="${testId}"`);
  expect(at, `no ${testId}`).toBeGreaterThan(-1);
  return html.slice(html.lastIndexOf('<button', at), html.indexOf('>', at) + 1);
}

describe('ExportMenu', () => {
  it('offers every export and Copy link as buttons with stable test ids', async () => {
    const html = render(await fanOutRun());
    for (const id of [...FILE_TEST_IDS, 'copy-link']) {
      expect(button(html, id)).toMatch(/^<button type="button"/);
      expect(button(html, id)).not.toContain('disabled');
    }
    expect(html).toContain('<summary>Export and share</summary>');
  });

  it('disables the file exports with the reason when there is no finished run, not Copy link', () => {
    const html = render(null);
    expect(html).toContain(DEFAULT_DISABLED_REASON);
    for (const id of FILE_TEST_IDS) {
      expect(button(html, id)).toContain('disabled=""');
      expect(button(html, id)).toContain('aria-describedby=');
    }
    expect(button(html, 'copy-link')).not.toContain('disabled');
    expect(render(null, 'The run is still going.')).toContain('The run is still going.');
  });

  it('says a virtual run is simulated, and nothing of the kind for a live run', async () => {
    expect(render(await fanOutRun())).toContain('marked as simulated');
    expect(render(liveRun())).not.toContain('simulated');
  });
});
