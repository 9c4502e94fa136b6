import type { Scenario } from '../../core/scenario.ts';
import type { LabCommandBus, LabRunState } from './labCommandBus.ts';
import type { PresenterEvent } from './presenterMessages.ts';

/** `overlap:advanced` is posted at most this often (5 a second) while the cursor moves. */
export const ADVANCED_INTERVAL_MS = 200;

export interface RunEventReporterOptions {
  readonly bus: LabCommandBus;
  /** The scenario shown now (a run always starts from the shown scenario). */
  readonly scenario: () => Scenario;
  readonly post: (event: PresenterEvent) => void;
  /** Wall time in ms (performance.now in the page, a fake in tests). */
  readonly now: () => number;
  /** setTimeout; returns the cancel. */
  readonly schedule: (callback: () => void, delayMs: number) => () => void;
}

/**
 * Turns the shown lab's state changes into events for the parent page: run-started when a run
 * begins, advanced as its cursor moves (throttled: leading and trailing, so the last position
 * always arrives), run-finished with the summary, error when a run fails. Returns the stop.
 */
export function createRunEventReporter(options: RunEventReporterOptions): () => void {
  const { bus, post, now, schedule } = options;
  // Starts from nothing, so a run already going (autorun starts in the lab's first effects,
  // before this reporter exists) is reported at once.
  let previous: LabRunState | null = null;
  let lastAdvancedAt = -Infinity;
  let cancelTrailing: (() => void) | null = null;

  const postAdvanced = (): void => {
    cancelTrailing?.();
    cancelTrailing = null;
    const state = bus.state();
    if (state === null) return;
    lastAdvancedAt = now();
    post({
      type: 'overlap:advanced',
      nowMs: state.nowMs,
      status: state.status,
      playback: state.playback,
    });
  };

  const advance = (): void => {
    const waitMs = lastAdvancedAt + ADVANCED_INTERVAL_MS - now();
    if (waitMs <= 0) postAdvanced();
    else cancelTrailing ??= schedule(postAdvanced, waitMs);
  };

  const onChange = (): void => {
    const state = bus.state();
    const before = previous;
    previous = state;
    if (state === null || state === before) return;
    const lab = bus.lab();
    if (state.status === 'running' && before?.status !== 'running' && lab !== null) {
      const { fanOut, run } = options.scenario();
      const { model } = fanOut;
      const { engine } = run;
      post({ type: 'overlap:run-started', lab, model, engine });
    }
    const moved =
      before === null
        ? state.status !== 'idle'
        : state.nowMs !== before.nowMs ||
          state.status !== before.status ||
          state.playback !== before.playback;
    if (state.status === 'done' && before?.status !== 'done') {
      // The final position first, then the summary: a parent reading both sees them in order.
      if (moved) postAdvanced();
      const summary = bus.summary();
      if (summary !== null) post({ type: 'overlap:run-finished', summary });
    } else if (moved) {
      advance();
    }
    if (state.error !== null && state.error !== before?.error) {
      post({ type: 'overlap:error', message: state.error });
    }
  };

  const unsubscribe = bus.subscribe(onChange);
  onChange();
  return () => {
    unsubscribe();
    cancelTrailing?.();
    cancelTrailing = null;
  };
}
