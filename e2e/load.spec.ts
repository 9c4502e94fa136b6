import { loadSummary } from '../src/core/queueing/loadSummary.ts';
import { serverRunInputOf } from '../src/core/server/serverRunInput.ts';
import { requestLatencyMs, serverStats } from '../src/core/server/serverStats.ts';
import { simulateServer } from '../src/core/server/simulateServer.ts';
import { decodeScenario } from '../src/core/urlCodec.ts';
import { formatDuration, formatExactMs } from '../src/core/format/formatDuration.ts';
import { loadPanelText } from '../src/ui/labs/server/load/loadRows.ts';
import { comparisonRows } from '../src/ui/labs/server/load/comparisonText.ts';
import { closedOpenComparison } from '../src/core/queueing/closedOpenComparison.ts';
import { expect, test } from './fixtures.ts';
import { ServerLabPage } from './serverPage.ts';

// M/M/2 at 60 %: open arrivals at 12/s, one exponential call of mean 100 ms, 2 sync workers.
const OPEN = 'lab=server&calls=~100&threads=2&requests=300&arrival=open&arrivalRate=12&seed=4';

/** The same run on the core, in Node: what the page must show for this seed. */
async function coreRun(query: string) {
  const input = serverRunInputOf(decodeScenario(query).scenario);
  const trace = await simulateServer(input);
  return { input, trace, stats: serverStats(trace), summary: loadSummary(input, trace) };
}

test('an open run measures latency from each request’s due time, as the core does', async ({
  lab,
}) => {
  const server = new ServerLabPage(lab.page);
  await lab.gotoControlled(`?${OPEN}`);
  await expect(lab.page.getByTestId('server-arrival')).toHaveValue('open');
  await expect(lab.page.getByLabel('arrival rate (requests/s)')).toHaveValue('12');
  // Open arrivals have no client cap: the formula leaves C out.
  await expect(lab.page.getByTestId('server-formula')).toContainText('min(W, N) = 2');
  await lab.runToCompletion();
  const core = await coreRun(OPEN);
  await expect(lab.page.getByTestId('latency-p50-ms')).toHaveAttribute(
    'data-value',
    String(core.stats.latencyMs.p50),
  );
  // Each row's latency is its response minus its due time (not t = 0, not the run's start).
  const rows = await server.requestRows();
  expect(rows.slice(0, 20).map((cells) => cells[6])).toEqual(
    core.trace.requests.slice(0, 20).map((r) => formatExactMs(requestLatencyMs(r))),
  );
  expect(core.trace.requests[5]?.intendedAtMs).toBeGreaterThan(0);
});

test('the theory panel shows Little’s law and Erlang C with the core’s numbers for the seed', async ({
  lab,
}) => {
  await lab.gotoControlled(`?${OPEN}`);
  await lab.runToCompletion();
  await lab.chartsLoaded();
  const text = loadPanelText((await coreRun(OPEN)).summary);
  await expect(lab.page.getByTestId('load-littles-law')).toContainText(text.littlesLaw ?? '');
  await expect(lab.page.getByTestId('load-model')).toContainText('M/M/2 (Erlang C)');
  for (const row of text.rows) {
    const cells = lab.page.getByTestId(`load-row-${row.key}`).locator('td');
    await expect(cells).toHaveText([row.measured, row.predicted ?? '—']);
  }
  // 12/s x 100 ms over 2 workers.
  await expect(lab.page.getByTestId('load-row-utilisation').locator('td').last()).toHaveText(
    '60.0 %',
  );
});

test('a closed loop says why no closed form applies, and shows what hammer.py would report', async ({
  lab,
}) => {
  // 200 requests due at t = 0, C = 50 in flight against 100 greenlets, 500 ms each: the last
  // fifty wait 1.5 s at the client, which hammer.py's clock (from sent) never sees.
  await lab.gotoControlled('?lab=server&preset=talk-gevent-200');
  await lab.runToCompletion();
  await expect(lab.page.getByTestId('latency-p99-ms')).toHaveText('2,000');
  await expect(
    lab.page.getByText(`from due; ${formatDuration(500)} from sent (hammer.py's view)`),
  ).toHaveCount(2);
  await lab.chartsLoaded();
  await expect(lab.page.getByTestId('load-no-theory')).toContainText(
    'No closed form: a closed loop (all requests due at t = 0, at most C in flight) is not a Poisson arrival process',
  );
});

test('closed against open at one throughput: the closed loop’s clock misses the queue', async ({
  lab,
}) => {
  // C = W = 2: the closed loop saturates two workers and its requests never queue; open
  // arrivals at its throughput load them to 100 % and do.
  const query = 'lab=server&calls=~100&threads=2&concurrency=2&requests=1000&seed=4';
  await lab.gotoControlled(`?${query}`);
  await lab.runToCompletion();
  await lab.chartsLoaded();
  await lab.page.getByRole('button', { name: /^Compare closed and open/ }).click();
  const comparison = lab.page.getByTestId('load-comparison');
  await expect(comparison.getByRole('row')).toHaveCount(4, { timeout: 30_000 });
  const expected = comparisonRows(
    await closedOpenComparison(serverRunInputOf(decodeScenario(query).scenario)),
  );
  for (const row of expected) {
    await expect(lab.page.getByTestId(`load-comparison-${row.key}`).locator('td')).toHaveText([
      row.p50,
      row.p99,
    ]);
  }
  await expect(lab.page.getByTestId('load-comparison-verdict')).toContainText(
    'the coordinated-omission gap',
  );
  await expect(lab.page.getByText(/^Coordinated omission: a closed-loop client/)).toBeVisible();
});

test('the hockey-stick sweep draws p50 and p99, measured and predicted, against utilisation', async ({
  lab,
}) => {
  await lab.gotoControlled(`?${OPEN}`);
  await lab.runToCompletion();
  await lab.chartsLoaded();
  await lab.page.getByRole('button', { name: /^Sweep utilisation/ }).click();
  const figure = lab.page.getByRole('figure', { name: /^Latency against utilisation/ });
  await expect(figure).toBeVisible({ timeout: 30_000 });
  await expect(figure).toContainText('Dashed: M/M/2 (Erlang C).');
  // Four lines of 11 points: measured p50 and p99 (with dots), predicted p50 and p99 (dashed).
  await expect(figure.locator('.recharts-line')).toHaveCount(4);
  await expect(figure.locator('.recharts-line-dots circle')).toHaveCount(22);
});
