import { modelSpecOf } from '../src/core/scenario.ts';
import { simulateFanOut } from '../src/core/simulate.ts';
import { fixedCalls } from '../src/core/testing/timelineOf.ts';
import { decodeScenario } from '../src/core/urlCodec.ts';
import { expect, test } from './fixtures.ts';
import { allowedLateMs, watchPageLateness } from './pageLateness.ts';
import type { SpanRow } from './pages/LabPage.ts';
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

/** Each call's time from its start to its end, in ms. */
function durationsOf(rows: readonly SpanRow[]): number[] {
  return rows.map((row) => (row.endMs ?? Number.NaN) - (row.startMs ?? Number.NaN));
}

/**
 * The span rows the virtual engine gives the model of the page's address when each call takes
 * the given time: what the model's code does with the durations a live run's calls really took.
 */
async function replayedRows(query: string, durationsMs: readonly number[]): Promise<SpanRow[]> {
  const trace = await simulateFanOut(
    fixedCalls(durationsMs),
    modelSpecOf(decodeScenario(query).scenario.fanOut),
  );
  return trace.calls.map((call) => ({
    number: call.index + 1,
    service: call.service,
    startMs: call.startedAtMs,
    endMs: call.endedAtMs,
    state: call.status,
  }));
}

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
    // The figures group thousands ("1,250"), as people read them.
    await expect(lab.makespanMs).toHaveText(model.makespanMs.toLocaleString('en-US'));
    await expect(lab.predictedMs).toHaveText(model.makespanMs.toLocaleString('en-US'));
    const spans = await lab.spans();
    expect(spans.map((s) => s.service)).toEqual(['session', 'business', 'user', 'reviews']);
  });

  test(`${model.url}: a live run through MSW orders and overlaps its calls as the model does for the times they took`, async ({
    lab,
  }) => {
    await lab.gotoControlled('?speed=20');
    await lab.chooseModel(model.title);
    await lab.runToCompletion();
    const latenciesMs = durationsOf(await lab.spans());

    await lab.chooseEngine('Live');
    await expect(lab.page).toHaveURL(/engine=live/);
    const watch = await watchPageLateness(lab.page);
    await lab.runToCompletion();
    const lateness = await watch.stop();
    const live = await lab.spans();
    expect(live.map((s) => s.state)).toEqual(['done', 'done', 'done', 'done']);
    // Each call takes its latency (compensation holds an early answer), no later than plain
    // timers and calls beside the run allow for its one hop.
    const tookMs = durationsOf(live);
    tookMs.forEach((ms, i) => {
      expect(ms, `call ${i + 1}`).toBeGreaterThanOrEqual((latenciesMs[i] ?? Number.NaN) - 0.1);
      expect(ms, `call ${i + 1} ${JSON.stringify(lateness)}`).toBeLessThanOrEqual(
        (latenciesMs[i] ?? Number.NaN) + allowedLateMs(lateness, 1),
      );
    });
    // Order and overlap exactly as the model's own code gives them for the times the calls
    // took (on a quiet machine, the virtual run's): a busy machine's late answer may reorder
    // calls the model does not chain (a throttle's next start comes at its window, however late
    // an earlier call ends), never those it does. Pairs that tie within the page's longest
    // stall (how late a timed start may be) may go either way.
    const replayed = await replayedRows(new URL(lab.page.url()).search, tookMs);
    const expectedShape = timelineShape(replayed, lateness.timerLateMs + 3);
    expect(liveShapeFor(expectedShape, live, 3)).toEqual(expectedShape);

    // The prediction, no sooner, and no later than plain timers and calls beside the run allow
    // for its longest chain (at most its 4 calls); the live benchmark measures fidelity.
    const makespanMs = await lab.makespan();
    expect(makespanMs).toBeGreaterThanOrEqual(model.makespanMs * 0.97);
    expect(makespanMs, JSON.stringify(lateness)).toBeLessThanOrEqual(
      model.makespanMs + allowedLateMs(lateness, 4),
    );
    await expect(lab.predictedMs).toHaveText(model.makespanMs.toLocaleString('en-US'));
  });
}
