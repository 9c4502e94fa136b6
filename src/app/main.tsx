import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createAppRunRegistry } from '../live/server/appRunRegistry.ts';
import { superviseBrowserWorker } from '../mocks/workerSupervisor.ts';
import { App } from './App.tsx';
import { createNetworkAccessStore } from './networkAccessStore.ts';
import { createWorkerStatusStore } from './workerStatusStore.ts';
import { WORKER_SCRIPT } from '../mocks/workerScript.ts';

const container = document.getElementById('root');
if (!container)
  throw new Error('index.html has no <div id="root">: the app has nowhere to render.');

// Render first: the virtual engine needs no network, so the page must not wait for the worker.
const workerStatus = createWorkerStatusStore();
// The live Server lab's runs: the mocked app serves them, the live server port registers them.
const appRuns = createAppRunRegistry();
// Is Overlap's own server behind this page (`npm start`)? Only then can the network engine run.
// It serves the app at its root: a build for a sub-path (GitHub Pages) has no server to ask.
const network = createNetworkAccessStore(
  document.baseURI,
  container,
  import.meta.env.BASE_URL === '/',
);

// BASE_URL keeps the worker under the app's base path (GitHub Pages serves from a sub-path).
// The supervisor starts the worker, and restarts it without a reload if it goes away; the
// network engine suspends it, and its requests skip the worker altogether where the browser
// has static routes (public/overlapWorker.js).
const mocking = superviseBrowserWorker({
  workerUrl: `${import.meta.env.BASE_URL}${WORKER_SCRIPT}`,
  app: { runs: appRuns },
  onState: (state) =>
    workerStatus.set(
      state.kind === 'recovering' ? { kind: 'starting', recovering: state.reason } : state,
    ),
});

createRoot(container).render(
  <StrictMode>
    <App workerStatus={workerStatus} appRuns={appRuns} network={network} mocking={mocking} />
  </StrictMode>,
);
