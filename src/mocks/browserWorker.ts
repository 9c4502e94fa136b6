import type { AppHandlerDeps } from './appHandlerDeps.ts';

/** Whether the mock service worker controls the page, and if not, why. */
export type WorkerStartResult =
  | {
      readonly ok: true;
      /** The registration whose worker now controls the page (what a supervisor watches). */
      readonly registration: ServiceWorkerRegistration;
      /** Stops this MSW worker (its listeners and keep-alive), before starting a new one. */
      readonly stop: () => void;
    }
  | { readonly ok: false; readonly reason: string };

/** How long registration may take before the page gives up waiting and says so. */
const START_TIMEOUT_MS = 10_000;

/**
 * Starts the MSW service worker in the browser. It never throws: the page works without it
 * (the virtual engine needs no network), so a failure becomes a reason to show on screen.
 *
 * MSW and the handlers are imported dynamically (through `createMockWorker.ts`) so they land in
 * their own chunk and never delay the first paint.
 *
 * @param workerUrl Where `mockServiceWorker.js` is served, including the app's base path
 *   (for example `/overlap/mockServiceWorker.js` on GitHub Pages).
 * @param app What the mocked app of the live Server lab needs (its run registry, filled by
 *   src/live/server); without it the app endpoint is not mocked.
 */
export async function startBrowserWorker(
  workerUrl: string,
  app?: AppHandlerDeps,
): Promise<WorkerStartResult> {
  if (typeof navigator === 'undefined' || !('serviceWorker' in navigator)) {
    return {
      ok: false,
      reason:
        'this browser offers no service workers here (they need https or localhost, and some ' +
        'private windows disable them); live runs cannot be mocked, virtual runs still work',
    };
  }
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    const start = async (): Promise<WorkerStartResult> => {
      const { createMockWorker } = await import('./createMockWorker.ts');
      const worker = createMockWorker(app);
      const registration =
        (await worker.start({
          serviceWorker: { url: workerUrl },
          onUnhandledRequest: 'bypass',
          quiet: true,
        })) ?? (await navigator.serviceWorker.getRegistration(workerUrl));
      if (registration && (await waitForController(registration))) {
        return { ok: true, registration, stop: () => worker.stop() };
      }
      worker.stop();
      return {
        ok: false,
        reason:
          'the worker is registered but does not control this page (a hard reload, ' +
          'Shift+Reload, bypasses service workers): reload the page normally',
      };
    };
    const timeout = new Promise<WorkerStartResult>((resolve) => {
      timer = setTimeout(
        () =>
          resolve({
            ok: false,
            reason: `the worker did not start within ${START_TIMEOUT_MS / 1000} s: reload the page`,
          }),
        START_TIMEOUT_MS,
      );
    });
    return await Promise.race([start(), timeout]);
  } catch (error) {
    // MSW's messages span several lines; one line fits the status bar.
    const detail = (error instanceof Error ? error.message : String(error)).replace(/\s+/g, ' ');
    return {
      ok: false,
      reason: `it failed to start (${detail.trim()}); check that ${workerUrl} is served, then reload`,
    };
  } finally {
    clearTimeout(timer);
  }
}

/** Whether the page is controlled by the active worker of `registration` (not an older one). */
export function controlledBy(registration: ServiceWorkerRegistration | undefined): boolean {
  const controller = navigator.serviceWorker.controller;
  return controller !== null && registration?.active === controller;
}

/**
 * The worker claims the page on activation, but `controllerchange` may land just after
 * `worker.start()` resolves: wait for it briefly before calling the page uncontrolled. After a
 * recovery the page may still be controlled by the unregistered worker until the new one claims
 * it, so "controlled" means by this registration's worker.
 */
async function waitForController(
  registration: ServiceWorkerRegistration,
  graceMs = 2_000,
): Promise<boolean> {
  const container = navigator.serviceWorker;
  if (controlledBy(registration)) return true;
  return new Promise<boolean>((resolve) => {
    const done = () => {
      clearTimeout(timer);
      container.removeEventListener('controllerchange', onChange);
      resolve(controlledBy(registration));
    };
    const onChange = () => {
      if (controlledBy(registration)) done();
    };
    const timer = setTimeout(done, graceMs);
    container.addEventListener('controllerchange', onChange);
  });
}
