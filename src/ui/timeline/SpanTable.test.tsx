import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { SPAN_TABLE_ROW_LIMIT, SpanTable } from './SpanTable.tsx';
import { dataOf, modelData } from './testing/timelineFixtures.ts';

const count = (html: string, needle: string) => html.split(needle).length - 1;

describe('SpanTable', () => {
  it('is a closed disclosure that renders no rows until opened', () => {
    const html = renderToStaticMarkup(
      <SpanTable data={modelData(10, { name: 'sequential' })} nowMs={Infinity} version={0} />,
    );
    expect(html).toContain('<summary>Spans as a table</summary>');
    expect(html).not.toContain('open=""');
    expect(count(html, 'data-testid="span-row"')).toBe(0);
  });

  it('lists each call with a caption and scoped headers', () => {
    const data = dataOf([
      { service: 'session', startMs: 0, endMs: 125 },
      { service: 'user', startMs: 125 },
    ]);
    const html = renderToStaticMarkup(
      <SpanTable data={data} nowMs={200} version={1} initiallyOpen />,
    );
    expect(html).toContain('data-testid="span-table"');
    expect(html).toContain('<caption>');
    expect(count(html, '<th scope="col">')).toBe(10);
    expect(count(html, 'data-testid="span-row"')).toBe(2);
    expect(html).toContain('<th scope="row">2</th><td>user</td>');
    expect(html).toContain('<td>in flight</td>');
  });

  it(`shows the first ${SPAN_TABLE_ROW_LIMIT} of many calls and says so`, () => {
    const html = renderToStaticMarkup(
      <SpanTable
        data={modelData(1200, { name: 'worker-pool', limit: 4 })}
        nowMs={Infinity}
        version={0}
        initiallyOpen
      />,
    );
    expect(count(html, 'data-testid="span-row"')).toBe(SPAN_TABLE_ROW_LIMIT);
    expect(html).toContain(`Showing the first ${SPAN_TABLE_ROW_LIMIT} of 1,200 calls`);
    expect(html).toContain('Copy as CSV');
  });
});
