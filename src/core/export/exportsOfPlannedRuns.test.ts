import { describe, expect, it } from 'vitest';
import { chromeTrace } from './chromeTrace.ts';
import type { ExportableRun } from './exportableRun.ts';
import { harLog } from './harLog.ts';
import { requestsCsv, runCsv } from './runCsv.ts';
import { runJson } from './runJson.ts';
import { fanOutRun, serverRun, STARTED_AT_ISO } from './testing/exportFixtures.ts';

/**
 * The exports read a run's faults and its attempt planner from the scenario's plan
 * (planScenario). These files were written by the exporters before they did, from the same
 * runs: every export must stay byte-identical (a change of format shows here as a diff).
 * `fan-out-connections` was recorded when the wire phases joined the exports (issue 14).
 */
const RUNS: Record<string, () => Promise<ExportableRun>> = {
  'fan-out-faults': () =>
    fanOutRun('model=worker-pool&limit=2&calls=100~900*6&seed=4&error=*:40&retries=2&timeout=600'),
  // Hung copies the timeout aborted: only the scenario's attempt planner knows their fault.
  'fan-out-hangs': () =>
    fanOutRun(
      'model=promise-all&calls=100~900*6&seed=3&hang=*:50&error=*:20&retries=1&timeout=400',
    ),
  'fan-out-hedged': () =>
    fanOutRun('model=promise-all&calls=100~900*4&seed=2&timeout=600&settle=allSettled&hedge=150'),
  'server-sync': () => serverRun('lab=server&preset=talk-sync-basic&requests=3'),
  // Added with the connection cap (issue 14): eight calls over six HTTP/1.1 connections, the last
  // two queued in the browser (wire phases in every format), and a timeout on a queued copy.
  'fan-out-connections': () =>
    fanOutRun(
      'model=promise-all&calls=100~900*8&seed=2&connections=6&timeout=700&settle=allSettled',
    ),
};

const PAGE_URL = 'http://localhost:4173/overlap/';

function exportsOf(run: ExportableRun): Record<string, string | null> {
  return {
    json: runJson(run, { startedAtIso: STARTED_AT_ISO }),
    csv: runCsv(run),
    'requests.csv': requestsCsv(run),
    trace: chromeTrace(run),
    har: harLog(run, { pageUrl: PAGE_URL, startedAtIso: STARTED_AT_ISO, runId: 'golden' }),
  };
}

describe('the exports of a planned run', () => {
  it.each(Object.keys(RUNS))('are byte-identical to the recorded ones for %s', async (name) => {
    const run = await RUNS[name]!();
    for (const [format, text] of Object.entries(exportsOf(run))) {
      await expect(text ?? '(none)').toMatchFileSnapshot(
        `./__golden__/${name}.${format}${format.endsWith('csv') ? '' : '.txt'}`,
      );
    }
  });
});
