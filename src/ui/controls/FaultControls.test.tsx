import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { faultLesson } from '../../core/faults/faultLessons.ts';
import { DEFAULT_SCENARIO, type Scenario } from '../../core/scenario.ts';
import { decodeScenario } from '../../core/urlCodec.ts';
import { FaultControls } from './FaultControls.tsx';
import { LessonNote } from './LessonSelect.tsx';
import { applyLesson } from './lessonMatch.ts';

const render = (scenario: Scenario): string =>
  renderToStaticMarkup(<FaultControls scenario={scenario} onChange={() => {}} />);

const count = (html: string, needle: string) => html.split(needle).length - 1;

describe('FaultControls', () => {
  it('is a closed disclosure on a plain scenario, summing up that nothing is set', () => {
    const html = render(DEFAULT_SCENARIO);
    expect(html).toMatch(/<details class="fault-controls" data-testid="fault-controls">/);
    expect(html).toContain('none: every call answers, no retries');
  });

  it("opens on a link with faults and shows each service's rates", () => {
    const html = render(decodeScenario('error=business:100').scenario);
    expect(html).toMatch(/<details class="fault-controls" open=""/);
    // One row per service of the talk's calls, plus the * row.
    expect(count(html, 'data-testid="rate-row"')).toBe(5);
    expect(html).toMatch(/>business error %<\/label><input[^>]*value="100"/);
    expect(html).toMatch(/>session error %<\/label><input[^>]*value="0"/);
  });

  it('labels every control, and every description it points to exists', () => {
    const html = render(decodeScenario('error=reviews:20').scenario);
    const ids = new Set(Array.from(html.matchAll(/ id="([^"]+)"/g), (match) => match[1]));
    const controls = html.match(/<(input|select) [^>]*>/g) ?? [];
    expect(controls.length).toBeGreaterThan(20);
    // Collected rather than asserted one by one, so a failure lists every offending control.
    const unlabelled: string[] = [];
    const dangling: string[] = [];
    for (const control of controls) {
      const id = / id="([^"]+)"/.exec(control)?.[1];
      const labelledBy = /aria-labelledby="([^"]+)"/.exec(control)?.[1];
      const labelled = id !== undefined && html.includes(`for="${id}"`);
      if (!labelled && (labelledBy === undefined || !ids.has(labelledBy))) unlabelled.push(control);
      const describedBy = /aria-describedby="([^"]+)"/.exec(control)?.[1] ?? '';
      for (const ref of describedBy.split(' ').filter((part) => part !== '')) {
        if (!ids.has(ref)) dangling.push(`${ref} of ${control}`);
      }
    }
    expect(unlabelled).toEqual([]);
    expect(dangling).toEqual([]);
  });

  it('says the retry settings wait for retries, and how many services are not shown', () => {
    expect(render(DEFAULT_SCENARIO)).toContain('These only matter when retries is above 0.');
    const many = decodeScenario(
      `calls=${Array.from({ length: 30 }, (_, i) => `s${i}:10`).join(',')}`,
    ).scenario;
    const html = render(many);
    expect(count(html, 'data-testid="rate-row"')).toBe(13);
    expect(html).toContain('Showing 12 of 30 services');
  });

  it("shows a link's max backoff in its own field, the backoff's ceiling", () => {
    const html = render(decodeScenario('retries=4&maxBackoff=800').scenario);
    expect(html).toMatch(/>max backoff \(ms\)<\/label><input[^>]*value="800"/);
    expect(render(DEFAULT_SCENARIO)).toMatch(
      />max backoff \(ms\)<\/label><input[^>]*value="600000"/,
    );
  });

  it('shows the lesson in the select and its text, and the own-settings entry otherwise', () => {
    const lesson = faultLesson('fail-fast');
    const html = render(applyLesson(DEFAULT_SCENARIO, lesson));
    expect(html).toContain(`<option value="fail-fast" selected="">${lesson.title}</option>`);
    expect(html).toContain(lesson.lesson);
    expect(html).not.toContain('Your own settings');
    expect(render(DEFAULT_SCENARIO)).toContain('Your own settings');
  });

  it('LessonNote is empty when no lesson is active', () => {
    const html = renderToStaticMarkup(<LessonNote scenario={DEFAULT_SCENARIO} />);
    expect(html).toBe(
      '<div class="lesson-note" aria-live="polite" data-testid="lesson-note"></div>',
    );
  });
});
