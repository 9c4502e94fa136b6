import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { createFakeFrames } from '../run/fakeFrames.ts';
import { createRunController } from '../run/runController.ts';
import { IDLE_SNAPSHOT, type RunSnapshot } from '../run/runSnapshot.ts';
import { dataOf } from '../timeline/testing/timelineFixtures.ts';
import { ReplayBar } from './ReplayBar.tsx';

const data = dataOf([
  { service: 'session', startMs: 0, endMs: 125 },
  { service: 'business', startMs: 0, endMs: 250 },
  { service: 'user', startMs: 125, endMs: 500 },
  { service: 'reviews', startMs: 250, endMs: 750 },
]);

function render(snapshot: RunSnapshot): string {
  const controller = createRunController(createFakeFrames(), null);
  return renderToStaticMarkup(<ReplayBar controller={controller} snapshot={snapshot} />);
}

describe('ReplayBar', () => {
  it('after a run: the scrubber spans the makespan, the cursor and its state in words', () => {
    const html = render({ ...IDLE_SNAPSHOT, status: 'done', seekable: true, data, nowMs: 200 });
    expect(html).toMatch(/type="range"[^>]*max="750"[^>]*step="any"[^>]*value="200"/);
    expect(html).toContain('<span data-value="200" data-testid="cursor-ms">200</span>');
    expect(html).toContain('At 200 ms: 1 call done, 2 in flight, 1 queued');
    expect(html).toContain('aria-label="Previous event"');
    expect(html).toContain('aria-label="Next event"');
    expect(html).toContain('>Play</span>');
    expect(html).not.toContain('disabled');
  });

  it('during a live run: every control disabled, and the reason said', () => {
    const html = render({ ...IDLE_SNAPSHOT, status: 'running', engine: 'live', data, nowMs: 10 });
    expect(html.match(/disabled=""/g)).toHaveLength(5);
    expect(html).toContain('a live run cannot be paused, the network does not wait');
  });
});
