import type { Millis } from '../core/clock.ts';
import type { ModelName } from '../core/modelSpec.ts';
import type { PlannedCall } from '../core/plannedCall.ts';
import { MODEL_SUMMARIES } from './modelSummary.ts';

/** The mock service worker as the page sees it. */
export type WorkerState =
  | { readonly kind: 'starting' }
  | { readonly kind: 'ready' }
  | { readonly kind: 'unavailable'; readonly reason: string };

/** One run of the default scenario. `error` explains why the last run produced no numbers. */
export type RunState =
  | { readonly kind: 'idle'; readonly error: string | null }
  | { readonly kind: 'running' }
  | { readonly kind: 'done'; readonly makespanMs: Millis; readonly predictedMs: Millis };

export interface FirstRunPanelProps {
  /** The scenario's calls with their drawn latencies, in list order. */
  readonly calls: readonly PlannedCall[];
  readonly model: ModelName;
  readonly run: RunState;
  readonly worker: WorkerState;
  readonly onRun: () => void;
}

/** "a, b and c" */
function listInWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1] ?? ''}`;
}

function workerText(worker: WorkerState): string {
  return worker.kind === 'unavailable' ? `unavailable: ${worker.reason}` : worker.kind;
}

/** The first page: what the default scenario is, a Run button, and the numbers it produced. */
export function FirstRunPanel({ calls, model, run, worker, onRun }: FirstRunPanelProps) {
  const callList = listInWords(calls.map((call) => `${call.service} ${call.latencyMs}\u00a0ms`));
  const running = run.kind === 'running';
  return (
    <main className="first-run">
      <h1>Overlap</h1>
      <p id="scenario-summary" className="first-run__summary">
        The talk&rsquo;s upstream calls ({callList}) run <code>{model}</code>,{' '}
        {MODEL_SUMMARIES[model]}.
      </p>
      <button
        type="button"
        className="first-run__run"
        onClick={onRun}
        disabled={running}
        aria-describedby="scenario-summary"
      >
        Run
      </button>

      <section className="first-run__result" aria-labelledby="result-heading">
        <h2 id="result-heading">Result</h2>
        <p aria-live="polite">
          Status: <span data-testid="run-status">{run.kind}</span>
        </p>
        {run.kind === 'idle' && run.error !== null ? (
          <p role="alert" className="first-run__error">
            The run failed: {run.error}
          </p>
        ) : null}
        <dl className="first-run__numbers">
          <div>
            <dt>Makespan on the virtual engine</dt>
            <dd>
              <span data-testid="makespan-ms">{run.kind === 'done' ? run.makespanMs : '—'}</span> ms
            </dd>
          </div>
          <div>
            <dt>Predicted by the formula</dt>
            <dd>
              <span data-testid="predicted-ms">{run.kind === 'done' ? run.predictedMs : '—'}</span>{' '}
              ms
            </dd>
          </div>
        </dl>
      </section>

      <footer className="first-run__footer">
        Mock service worker: <span data-testid="worker-status">{workerText(worker)}</span>
      </footer>
    </main>
  );
}
