import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SCENARIO, type CallSpec, type Scenario } from '../../core/scenario.ts';
import { PolicyControls } from './PolicyControls.tsx';

const render = (scenario: Scenario): string =>
  renderToStaticMarkup(<PolicyControls scenario={scenario} onChange={() => {}} />);

const call: CallSpec = { service: 'db', latency: { kind: 'fixed', ms: 100 } };
const calls = (count: number) => new Array<CallSpec>(count).fill(call);

describe('PolicyControls', () => {
  it('says beside the retries and hedge that a run over the copy limit will not start', () => {
    const over = {
      ...DEFAULT_SCENARIO,
      fanOut: { ...DEFAULT_SCENARIO.fanOut, calls: calls(50_000) },
      policy: { ...DEFAULT_SCENARIO.policy, timeoutMs: 500, retries: 10 },
    };
    expect(render(over)).toContain(
      'A run would not start: a run sends at most 100000 copies of calls, and this one may send ' +
        '50000 calls x 11 copies (the first send and 10 retries) = 550000 copies; use at most ' +
        '9090 calls or at most 1 retry.',
    );
    const live = {
      ...DEFAULT_SCENARIO,
      run: { ...DEFAULT_SCENARIO.run, engine: 'live' as const },
      fanOut: { ...DEFAULT_SCENARIO.fanOut, calls: calls(501) },
      policy: { ...DEFAULT_SCENARIO.policy, hedgeMs: 9 },
    };
    expect(render(live)).toContain('A run would not start: a live run sends at most 1000 copies');
    const within = {
      ...DEFAULT_SCENARIO,
      fanOut: { ...DEFAULT_SCENARIO.fanOut, calls: calls(50_000) },
      policy: { ...DEFAULT_SCENARIO.policy, timeoutMs: 500, retries: 1 },
    };
    expect(render(within)).not.toContain('would not start');
  });
});
