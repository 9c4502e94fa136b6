import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SCENARIO } from '../../../../core/scenario.ts';
import type { ReplayPace } from '../run/replayRate.ts';
import { ServerEngineSettings } from './ServerEngineSettings.tsx';

const render = (
  pace: ReplayPace,
  speed = 1,
  live: Partial<{ timeScale: number; chosenScale: number | null; scaleNote: string }> = {},
  engine: 'virtual' | 'live' = 'virtual',
): string =>
  renderToStaticMarkup(
    <ServerEngineSettings
      scenario={{
        ...DEFAULT_SCENARIO,
        lab: 'server',
        run: { ...DEFAULT_SCENARIO.run, speed, engine },
      }}
      onChange={() => {}}
      liveReason={null}
      timeScale={live.timeScale ?? 1}
      autoScale={live.timeScale ?? 1}
      chosenScale={live.chosenScale ?? null}
      onTimeScale={() => {}}
      scaleNote={live.scaleNote ?? null}
      predictedMs={1000}
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

  it("offers live runs slower than real time, and selects the planner's scale as auto", () => {
    const note = 'Running 10× slower so the page keeps up.';
    const html = render('fit', 1, { timeScale: 1 / 10, scaleNote: note }, 'live');
    expect(html).toMatch(/<option value="auto" selected="">auto \(10× slower\)<\/option>/);
    expect(html).toMatch(/<option value="0.01">100× slower<\/option>/);
    expect(html).toMatch(/<option value="50">50× faster<\/option>/);
    expect(html).toContain('This run will take about 10 s.');
    expect(html).toContain(note);
  });

  it("selects the person's own scale over auto", () => {
    const html = render('fit', 1, { timeScale: 0.5, chosenScale: 0.5 }, 'live');
    expect(html).toMatch(/<option value="0.5" selected="">2× slower<\/option>/);
    expect(html).toMatch(/<option value="auto">auto \(2× slower\)<\/option>/);
  });
});
