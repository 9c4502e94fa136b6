import type { WorkerState } from './workerState.ts';

function workerText(worker: WorkerState): string {
  switch (worker.kind) {
    case 'starting':
      return worker.recovering === undefined ? 'starting' : `recovering: ${worker.recovering}`;
    case 'ready':
      return 'ready';
    case 'unavailable':
      return `unavailable: ${worker.reason}`;
  }
}

/**
 * The site bar: name, what the page is, whether live runs can reach the mocked services, and the
 * keyboard shortcuts.
 */
export function AppHeader({
  worker,
  paused = false,
  onShowShortcuts,
}: {
  readonly worker: WorkerState;
  /** The network engine is chosen: the worker lets every request through to the real network. */
  readonly paused?: boolean;
  /** Opens the keyboard shortcuts dialog (the `?` key does too). */
  readonly onShowShortcuts: () => void;
}) {
  return (
    <header className="app-header">
      <div className="app-header__brand">
        <h1>Overlap</h1>
        <p>How network calls overlap: pick a model, run it, compare with theory.</p>
      </div>
      <div className="app-header__tools">
        <a className="app-header__teach" href="#teach">
          Teach with Overlap
        </a>
        <p className={`app-header__worker app-header__worker--${worker.kind}`}>
          <span className="app-header__worker-label">Mocked services</span>{' '}
          <span data-testid="worker-status">
            {paused ? "paused: the network engine calls Overlap's server" : workerText(worker)}
          </span>
        </p>
        <button
          type="button"
          className="app-header__shortcuts"
          aria-keyshortcuts="?"
          onClick={onShowShortcuts}
        >
          Keyboard shortcuts <kbd aria-hidden="true">?</kbd>
        </button>
      </div>
    </header>
  );
}
