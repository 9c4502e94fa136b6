import type { AppHandlerDeps } from './appHandlerDeps.ts';
import { controlledBy, startBrowserWorker, type WorkerStartResult } from './browserWorker.ts';
import { WORKER_PROBE_HEADER, WORKER_PROBE_PARAM } from './workerProbe.ts';

/** What the supervisor reports, in order: the worker's state as the page should show it. */
export type SupervisedWorkerState =
  | { readonly kind: 'ready' }
  /** The worker went away; it is being registered and started again. */
  | { readonly kind: 'recovering'; readonly reason: string }
  | { readonly kind: 'unavailable'; readonly reason: string };

export interface WorkerSupervisorOptions {
  /** Where `mockServiceWorker.js` is served (see startBrowserWorker). */
  readonly workerUrl: string;
  readonly app?: AppHandlerDeps;
  readonly onState: (state: SupervisedWorkerState) => void;
  /** How often the page checks, without any network, that its worker is still there. */
  readonly checkEveryMs?: number;
  /** Every how many checks the page also sends one mocked request (the probe); 0: never. */
  readonly probeEveryChecks?: number;
  /** The start function (startBrowserWorker); tests pass a fake. */
  readonly start?: (workerUrl: string, app?: AppHandlerDeps) => Promise<WorkerStartResult>;
}

/** The supervision of the page's mock worker (superviseBrowserWorker). */
export interface WorkerSupervision {
  /** Stops watching (and the current worker). */
  readonly dispose: () => void;
  /**
   * Stops the MSW worker's interception (MSW's `worker.stop()`) and the watch, so the page's
   * fetch() calls go to the real network (the network engine, whose Resource Timing must show
   * real phases). The state reported stays as it was; nothing restarts it until `resume`.
   */
  readonly suspend: () => void;
  /** Starts the worker again through the same start path (`ready` once it mocks again). */
  readonly resume: () => void;
}

/** The cheap periodic check: a lookup in the browser's registrations, no request. */
const CHECK_EVERY_MS = 1_000;
/** One mocked request every 5 s (about 1 ms of main-thread work): does the worker still mock? */
const PROBE_EVERY_CHECKS = 5;

/**
 * Starts the mock service worker and keeps it: when it goes away mid-session (its registration
 * was unregistered, another worker took the page, or the page lost its controller), the page is
 * told (`recovering: …`), the old MSW worker is stopped and a new one registered and started
 * through the same start function, without a reload; the page is then `ready` again, or
 * `unavailable` with the reason when the restart failed (the virtual engine never needed it).
 *
 * It notices through `controllerchange` and a periodic check of the registration and
 * `navigator.serviceWorker.controller` (both in-memory lookups, no fetch).
 *
 * While suspended (the network engine is chosen), the worker does not mock and is not watched.
 */
export function superviseBrowserWorker(options: WorkerSupervisorOptions): WorkerSupervision {
  const { workerUrl, app, onState } = options;
  const start = options.start ?? startBrowserWorker;
  let current: Extract<WorkerStartResult, { ok: true }> | null = null;
  /** True while a start is under way: the controller changes then by design. */
  let starting = false;
  let disposed = false;
  let suspended = false;
  let timer: ReturnType<typeof setInterval> | undefined;
  let checks = 0;
  const probeEvery = options.probeEveryChecks ?? PROBE_EVERY_CHECKS;

  const begin = async (recoveringFrom: string | null): Promise<void> => {
    starting = true;
    if (recoveringFrom !== null) {
      onState({ kind: 'recovering', reason: recoveringFrom });
      try {
        current?.stop();
      } catch {
        // The old worker is gone already; nothing of it is left to stop.
      }
      current = null;
    }
    const result = await start(workerUrl, app);
    starting = false;
    if (disposed) {
      if (result.ok) result.stop();
      return;
    }
    if (suspended && result.ok) {
      // Suspended while it started (the page opened on the network engine): it is there and
      // can mock again on resume, but must not intercept now.
      result.stop();
      onState({ kind: 'ready' });
      return;
    }
    if (result.ok) {
      current = result;
      onState({ kind: 'ready' });
      watch();
      return;
    }
    unwatch();
    onState({
      kind: 'unavailable',
      reason:
        recoveringFrom === null
          ? result.reason
          : `the worker went away (${recoveringFrom}) and could not be restarted: ${result.reason}`,
    });
  };

  /** Why the worker no longer serves the page, or null while it does. */
  const problem = async (): Promise<string | null> => {
    if (current === null) return null;
    const container = navigator.serviceWorker;
    if (container.controller === null) return 'the page lost its service worker';
    const registration = await container.getRegistration(current.registration.scope);
    if (registration === undefined) return 'its registration was removed';
    if (!controlledBy(registration)) return 'another worker controls the page';
    checks += 1;
    if (probeEvery > 0 && checks % probeEvery === 0 && document.visibilityState === 'visible') {
      return (await answersProbe(workerUrl)) ? null : 'the worker stopped mocking for this page';
    }
    return null;
  };

  const check = async (): Promise<void> => {
    if (starting || disposed || current === null) return;
    const why = await problem();
    if (why !== null && !starting && !disposed) await begin(why);
  };
  const onControllerChange = () => void check();

  const watch = () => {
    if (timer !== undefined) return;
    navigator.serviceWorker.addEventListener('controllerchange', onControllerChange);
    timer = setInterval(() => void check(), options.checkEveryMs ?? CHECK_EVERY_MS);
  };
  const unwatch = () => {
    if (timer === undefined) return;
    navigator.serviceWorker.removeEventListener('controllerchange', onControllerChange);
    clearInterval(timer);
    timer = undefined;
  };

  void begin(null);
  return {
    dispose: () => {
      disposed = true;
      unwatch();
      current?.stop();
      current = null;
    },
    suspend: () => {
      if (suspended || disposed) return;
      suspended = true;
      unwatch();
      try {
        current?.stop();
      } catch {
        // Gone already: nothing of it mocks any more.
      }
      current = null;
    },
    resume: () => {
      if (!suspended || disposed) return;
      suspended = false;
      // A start under way when suspended is kept by its own end (it sees suspended false).
      if (starting) return;
      // Not ready until it mocks again: a live run (or calibration) must not reach the network.
      onState({ kind: 'recovering', reason: 'it was paused for the network engine' });
      void begin(null);
    },
  };
}

/** Whether the mocks still answer this page: the probe comes back with their header. */
async function answersProbe(workerUrl: string): Promise<boolean> {
  const url = new URL(workerUrl, document.baseURI);
  url.searchParams.set(WORKER_PROBE_PARAM, '1');
  try {
    const response = await fetch(url, { cache: 'no-store' });
    await response.body?.cancel();
    return response.headers.get(WORKER_PROBE_HEADER) === 'alive';
  } catch {
    return false;
  }
}
