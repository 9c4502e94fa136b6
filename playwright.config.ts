import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

const CI = Boolean(process.env['CI']);
/** OVERLAP_E2E_PORT moves both servers, so two checkouts can run their suites side by side. */
const PORT = Number(process.env['OVERLAP_E2E_PORT'] ?? 4173);
/** Serves the sub-path build (see e2e/deploy-subpath.spec.ts). */
export const SUBPATH_PORT = PORT + 1;
/** Serves the sources through Vite's dev server (React StrictMode on), as `npm run dev` does. */
export const DEV_PORT = PORT + 2;
/**
 * `npm start` (src/server/main.ts, without its build step: `npm run test:e2e` builds first): the
 * app and the real upstream over HTTP/1.1 here, for the network engine's specs.
 */
export const NETWORK_PORT = PORT + 3;
/** The same server's HTTP/2 (TLS, self-signed: tests accept it with ignoreHTTPSErrors). */
export const NETWORK_H2_PORT = PORT + 4;

// CI machines carry Debian's Chromium (.ci/run installs it); elsewhere Playwright's own browser
// is used (`npx playwright install chromium`).
const SYSTEM_CHROMIUM = '/usr/bin/chromium';
export const launchOptions = existsSync(SYSTEM_CHROMIUM)
  ? {
      executablePath: SYSTEM_CHROMIUM,
      // Quiet, sandbox-free Chromium for containers: no GPU, no background traffic to Google.
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    }
  : {};

/** The specs run against the production build (`npm run test:e2e` builds first). */
export default defineConfig({
  testDir: 'e2e',
  forbidOnly: CI,
  retries: 0,
  // A hang guard, not a speed check: a heavy spec (axe over the Server lab, 100 Run/Reset cycles)
  // takes ~10 s on a quiet machine and over 30 s when the shared machine is loaded far past its 2
  // cores. Times are asserted by causality and baselines, never by this limit.
  timeout: 60_000,
  // The CI machine has 2 cores: one browser at a time keeps mocked latencies honest.
  workers: CI ? 1 : undefined,
  reporter: 'list',
  use: {
    baseURL: `http://localhost:${PORT}`,
    trace: 'retain-on-failure',
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], launchOptions } }],
  webServer: [
    {
      command: `npx vite preview --port ${PORT} --strictPort`,
      url: `http://localhost:${PORT}`,
      reuseExistingServer: !CI,
      timeout: 30_000,
    },
    {
      // The same app built for a sub-path (GitHub Pages), by `npm run build:subpath`.
      command: `npx vite preview --port ${SUBPATH_PORT} --strictPort --outDir dist-subpath --base /overlap/`,
      url: `http://localhost:${SUBPATH_PORT}/overlap/`,
      reuseExistingServer: !CI,
      timeout: 30_000,
    },
    {
      // The dev server (e2e/autorun-dev.spec.ts): speakers try the examples under `npm run dev`,
      // where StrictMode mounts every effect twice.
      // H2_PORT=0: the dev server's h2 upstream (src/server/devUpstreamPlugin.ts) takes any free
      // port, never npm start's 4181 or another checkout's.
      command: `H2_PORT=0 npx vite --port ${DEV_PORT} --strictPort`,
      url: `http://localhost:${DEV_PORT}`,
      reuseExistingServer: !CI,
      timeout: 60_000,
    },
    {
      // The real upstream (e2e/network*.spec.ts): the built app and /upstream over HTTP/1.1 and
      // HTTP/2. SIGTERM lets it stop as `npm start` does on Ctrl-C, clearing pending waits.
      command: `PORT=${NETWORK_PORT} H2_PORT=${NETWORK_H2_PORT} npx tsx src/server/main.ts --no-build`,
      url: `http://localhost:${NETWORK_PORT}/__overlap/network`,
      reuseExistingServer: !CI,
      timeout: 30_000,
      gracefulShutdown: { signal: 'SIGTERM', timeout: 5_000 },
    },
  ],
});
