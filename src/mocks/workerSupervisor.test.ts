import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { WorkerStartResult } from './browserWorker.ts';
import { superviseBrowserWorker, type SupervisedWorkerState } from './workerSupervisor.ts';

/** A stand-in for `navigator.serviceWorker`: one registration, which a test may remove. */
function fakeContainer() {
  const active = { state: 'activated' } as unknown as ServiceWorker;
  const registration = { scope: 'http://localhost/', active } as ServiceWorkerRegistration;
  const container = {
    controller: active as ServiceWorker | null,
    registered: true,
    getRegistration: () => Promise.resolve(container.registered ? registration : undefined),
    addEventListener: vi.fn<() => void>(),
    removeEventListener: vi.fn<() => void>(),
  };
  return { container, registration };
}

describe('superviseBrowserWorker', () => {
  let fake: ReturnType<typeof fakeContainer>;
  beforeEach(() => {
    vi.useFakeTimers();
    fake = fakeContainer();
    vi.stubGlobal('navigator', { serviceWorker: fake.container });
    vi.stubGlobal('document', { visibilityState: 'visible', baseURI: 'http://localhost/' });
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  const started = (stop = vi.fn<() => void>()): WorkerStartResult => ({
    ok: true,
    registration: fake.registration,
    stop,
  });

  it('restarts a worker whose registration went away, through the same start function', async () => {
    const states: SupervisedWorkerState[] = [];
    const firstStop = vi.fn<() => void>();
    const start = vi
      .fn<() => Promise<WorkerStartResult>>()
      .mockResolvedValueOnce(started(firstStop))
      .mockImplementationOnce(() => {
        fake.container.registered = true;
        return Promise.resolve(started());
      });
    const { dispose } = superviseBrowserWorker({
      workerUrl: '/mockServiceWorker.js',
      onState: (state) => states.push(state),
      start,
      probeEveryChecks: 0,
    });
    await vi.advanceTimersByTimeAsync(0);
    expect(states).toEqual([{ kind: 'ready' }]);

    fake.container.registered = false;
    await vi.advanceTimersByTimeAsync(1_000);
    expect(states).toEqual([
      { kind: 'ready' },
      { kind: 'recovering', reason: 'its registration was removed' },
      { kind: 'ready' },
    ]);
    expect(firstStop).toHaveBeenCalledOnce();
    expect(start).toHaveBeenCalledTimes(2);
    // Healthy again: later checks change nothing.
    await vi.advanceTimersByTimeAsync(5_000);
    expect(states).toHaveLength(3);
    dispose();
  });

  it('falls back to unavailable, with both reasons, when the restart fails', async () => {
    const states: SupervisedWorkerState[] = [];
    const start = vi
      .fn<() => Promise<WorkerStartResult>>()
      .mockResolvedValueOnce(started())
      .mockResolvedValueOnce({ ok: false, reason: 'it failed to start (offline)' });
    superviseBrowserWorker({
      workerUrl: '/mockServiceWorker.js',
      onState: (state) => states.push(state),
      start,
      probeEveryChecks: 0,
    });
    await vi.advanceTimersByTimeAsync(0);
    fake.container.controller = null;
    await vi.advanceTimersByTimeAsync(1_000);
    expect(states.at(-1)).toEqual({
      kind: 'unavailable',
      reason:
        'the worker went away (the page lost its service worker) and could not be restarted: ' +
        'it failed to start (offline)',
    });
    // It stops watching: no restart loop.
    await vi.advanceTimersByTimeAsync(10_000);
    expect(start).toHaveBeenCalledTimes(2);
  });

  it('reports a first start that fails as it is, and never watches', async () => {
    const states: SupervisedWorkerState[] = [];
    superviseBrowserWorker({
      workerUrl: '/mockServiceWorker.js',
      onState: (state) => states.push(state),
      start: () => Promise.resolve({ ok: false, reason: 'no service workers here' }),
    });
    await vi.advanceTimersByTimeAsync(5_000);
    expect(states).toEqual([{ kind: 'unavailable', reason: 'no service workers here' }]);
    expect(fake.container.addEventListener).not.toHaveBeenCalled();
  });

  it('stops the worker while suspended (no recovery, no watch) and starts it again on resume', async () => {
    const states: SupervisedWorkerState[] = [];
    const firstStop = vi.fn<() => void>();
    const start = vi
      .fn<() => Promise<WorkerStartResult>>()
      .mockResolvedValueOnce(started(firstStop))
      .mockResolvedValueOnce(started());
    const supervision = superviseBrowserWorker({
      workerUrl: '/mockServiceWorker.js',
      onState: (state) => states.push(state),
      start,
      probeEveryChecks: 0,
    });
    await vi.advanceTimersByTimeAsync(0);
    supervision.suspend();
    expect(firstStop).toHaveBeenCalledOnce();
    // Not mocking is what was asked for: the checks do not take it for a lost worker.
    fake.container.registered = false;
    await vi.advanceTimersByTimeAsync(5_000);
    expect(start).toHaveBeenCalledOnce();
    fake.container.registered = true;
    supervision.resume();
    await vi.advanceTimersByTimeAsync(0);
    expect(start).toHaveBeenCalledTimes(2);
    expect(states).toEqual([
      { kind: 'ready' },
      { kind: 'recovering', reason: 'it was paused for the network engine' },
      { kind: 'ready' },
    ]);
    supervision.dispose();
  });
});
