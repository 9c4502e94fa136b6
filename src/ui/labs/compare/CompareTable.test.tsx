import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SCENARIO, modelSpecOf } from '../../../core/scenario.ts';
import { CompareTable } from './CompareTable.tsx';
import type { CompareRow } from './compareSnapshot.ts';

const cell = (html: string, testId: string): string | null =>
  new RegExp(`data-testid="${testId}">([^<]*)<`).exec(html)?.[1] ?? null;

describe('CompareTable', () => {
  it('lists calls started and not finished apart from requests on the wire', () => {
    // A hedged call in a pool of one: one call, two copies out at once.
    const rows: CompareRow[] = [
      {
        model: 'worker-pool',
        protocol: null,
        spec: modelSpecOf({ ...DEFAULT_SCENARIO.fanOut, model: 'worker-pool', limit: 1 }),
        predictedMs: null,
        stats: {
          makespanMs: 600,
          peakCallsInFlight: 1,
          peakRequestsOnWire: 2,
          totalWaitMs: 300,
          callCount: 2,
        },
        faultStats: null,
        notes: [],
      },
    ];
    const html = renderToStaticMarkup(<CompareTable rows={rows} faulty={false} />);
    expect(html).toContain('<th scope="col">Peak calls in flight</th>');
    expect(html).toContain('<th scope="col">Peak requests on the wire</th>');
    expect(html).toContain('Calls in flight: started and not finished');
    expect(cell(html, 'compare-peak-calls-in-flight')).toBe('1');
    expect(cell(html, 'compare-peak-requests-on-wire')).toBe('2');
  });
});
