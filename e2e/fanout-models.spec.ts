import { expect, test } from './fixtures.ts';
import { allowedLateMs, watchPageLateness } from './pageLateness.ts';
import { liveShapeFor, timelineShape } from './timelineShape.ts';

/** Every model with its default parameters on the talk's calls (125, 250, 375, 500 ms). */
const MODELS = [
  { title: 'Sequential', url: 'sequential', makespanMs: 1250 },
  { title: 'All at once', url: 'promise-all', makespanMs: 500 },
  { title: 'Worker pool', url: 'worker-pool', makespanMs: 750 },
  { title: 'Throttled', url: 'throttled', makespanMs: 750 },
  { title: 'Batches', url: 'batches', makespanMs: 750 },
  { title: 'Offload', url: 'offload', makespanMs: 1000 },
] as const;

for (const model of MODELS) {
  test(`${model.url}: a virtual run from the interface ends exactly at the prediction`, async ({
    lab,
  }) => {
    // Start from another model, so that choosing this one is a real edit of the address.
    await lab.gotoControlled(
      model.url === 'batches' ? '?speed=20&model=offload' : '?speed=20&model=batches',
    );
    await lab.chooseModel(model.title);
    await expect(lab.page).toHaveURL(
      model.url === 'sequential' ? /\?speed=20$/ : new RegExp(`model=${model.url}`),
    );
    await expect(
      lab.page.getByRole('radio', { name: new RegExp(`^${model.title}\\b`) }),
    ).toBeChecked();
    await lab.runToCompletion();
    await expect(lab.makespanMs).toHaveText(String(model.makespanMs));
    await expect(lab.predictedMs).toHaveText(String(model.makespanMs));
    const spans = await lab.spans();
    expect(spans.map((s) => s.service)).toEqual(['session', 'business', 'user', 'reviews']);
  });

  test(`${model.url}: a live run through MSW keeps the virtual run's order and overlap`, async ({
    lab,
  }) => {
    await lab.gotoControlled('?speed=20');
    await lab.chooseModel(model.title);
    await lab.runToCompletion();
    const virtualShape = timelineShape(await lab.spans(), 20);

    await lab.chooseEngine('Live');
    await expect(lab.page).toHaveURL(/engine=live/);
    const watch = await watchPageLateness(lab.page);
    await lab.runToCompletion();
    const lateness = await watch.stop();
    const live = await lab.spans();
    expect(live.map((s) => s.state)).toEqual(['done', 'done', 'done', 'done']);
    expect(liveShapeFor(virtualShape, live, 3)).toEqual(virtualShape);

    // The prediction, no sooner, and no later than plain timers and calls beside the run allow
    // for its longest chain (at most its 4 calls); the live benchmark measures fidelity.
    const makespanMs = await lab.makespan();
    expect(makespanMs).toBeGreaterThanOrEqual(model.makespanMs * 0.97);
    expect(makespanMs, JSON.stringify(lateness)).toBeLessThanOrEqual(
      model.makespanMs + allowedLateMs(lateness, 4),
    );
    await expect(lab.predictedMs).toHaveText(String(model.makespanMs));
  });
}
