import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SCENARIO } from '../../../../core/scenario.ts';
import type { ReplayPace } from '../run/replayRate.ts';
import { ServerEngineSettings } from './ServerEngineSettings.tsx';

const render = (pace: ReplayPace, speed = 1): string =>
  renderToStaticMarkup(
    <ServerEngineSettings
      scenario={{ ...DEFAULT_SCENARIO, lab: 'server', run: { ...DEFAULT_SCENARIO.run, speed } }}
      onChange={() => {}}
      liveReason={null}
      timeScale={1}
      onTimeScale={() => {}}
      predictedMs={null}
      predictedAtLeast={false}
      pace={pace}
      onPace={() => {}}
    />,
  );

describe('ServerEngineSettings', () => {
  it('shows a fitted replay as its own choice, not as 1×, and says what it does', () => {
    const html = render('fit');
    expect(html).toMatch(/<option value="fit" selected="">fit to 5 s<\/option>/);
    expect(html).toMatch(/<option value="1">1× \(real time\)<\/option>/);
    expect(html).toContain('plays as fast as it must to last 5 s');
  });

  it('calls 1× real time, as every lab does', () => {
    const html = render('speed');
    expect(html).toMatch(/<option value="1" selected="">1× \(real time\)<\/option>/);
    expect(html).toMatch(/<option value="fit">fit to 5 s<\/option>/);
    expect(html).toContain('a 25 s load test replays in 25 s');
  });
});
