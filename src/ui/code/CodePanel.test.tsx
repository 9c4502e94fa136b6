import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SCENARIO, type Scenario } from '../../core/scenario.ts';
import { dataOf } from '../timeline/testing/timelineFixtures.ts';
import { CodePanel } from './CodePanel.tsx';

const workerPool: Scenario = {
  ...DEFAULT_SCENARIO,
  fanOut: { ...DEFAULT_SCENARIO.fanOut, model: 'worker-pool' },
};
// worker-pool(2) on the talk's calls: starts 0, 0, 125, 250.
const data = dataOf([
  { service: 'session', startMs: 0, endMs: 125 },
  { service: 'business', startMs: 0, endMs: 250 },
  { service: 'user', startMs: 125, endMs: 500 },
  { service: 'reviews', startMs: 250, endMs: 750 },
]);

/** The element carrying the test id, from its opening tag to its first closing tag. */
function activeLineOf(html: string): string | null {
  const at = html.indexOf('data-testid="code-active-line"');
  return at === -1 ? null : html.slice(html.lastIndexOf('<span', at), html.indexOf('</span>', at));
}

describe('CodePanel', () => {
  it('shows the model’s TypeScript with the executing line marked aria-current', () => {
    const html = renderToStaticMarkup(
      <CodePanel scenario={workerPool} runScenario={workerPool} data={data} nowMs={200} />,
    );
    expect(html).toContain('role="tablist"');
    expect(html).toMatch(/role="tab"[^>]*aria-selected="true"[^>]*>TypeScript \(what runs\)/);
    expect(html).toContain('Python (the talk)');
    expect(html).toContain('src/core/models/workerPool.ts');
    expect(activeLineOf(html)).toMatch(/aria-current="true".*await pool\.acquire\(\)/);
    expect(html).toContain('Waiting for a free slot (1 call queued)');
  });

  it('highlights nothing when the run on screen used another model', () => {
    const html = renderToStaticMarkup(
      <CodePanel
        scenario={workerPool}
        runScenario={{ ...workerPool, fanOut: { ...workerPool.fanOut, model: 'sequential' } }}
        data={data}
        nowMs={200}
      />,
    );
    expect(activeLineOf(html)).toBeNull();
    expect(html).toContain('Run this model to follow its code line by line.');
  });
});

describe('CodePanel with a call policy', () => {
  it('offers the policy code as a third tab only when the scenario has faults or a policy', () => {
    const plain = renderToStaticMarkup(
      <CodePanel scenario={workerPool} runScenario={null} data={null} nowMs={0} />,
    );
    expect(plain).not.toContain('Call policy');
    const retrying = { ...workerPool, policy: { ...workerPool.policy, retries: 2 } };
    const html = renderToStaticMarkup(
      <CodePanel scenario={retrying} runScenario={null} data={null} nowMs={0} />,
    );
    expect(html).toMatch(/role="tab"[^>]*>Call policy \(retries, timeouts, hedges\)/);
  });
});
