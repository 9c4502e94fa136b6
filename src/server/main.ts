import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildApp, staleBuildReason } from './appBuild.ts';
import { createUpstreamServers } from './createUpstreamServers.ts';
import { serverPorts } from './portSetting.ts';

/**
 * `npm start`: builds the app if dist/ is missing or stale (`--no-build` skips that: the e2e
 * suite builds first), then serves it with the upstream services over HTTP/1.1 on PORT (4180)
 * and HTTP/2 on H2_PORT (4181), on loopback only. SIGINT or SIGTERM stops both servers, clears
 * every pending upstream wait and lets the process end by itself (exit code 0); its last line
 * says how many waits were pending, so a test can see none leaked.
 */
const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const distDir = join(repoRoot, 'dist');
const certDir = join(repoRoot, '.cert');

async function main(): Promise<number> {
  const ports = serverPorts(process.env);
  if (!ports.ok) {
    for (const problem of ports.problems) console.error(problem);
    return 2;
  }
  if (!process.argv.includes('--no-build')) {
    const reason = staleBuildReason(repoRoot, distDir);
    if (reason !== null) {
      console.log(`Building the app first (${reason}).`);
      buildApp(repoRoot);
    }
  }
  const servers = await createUpstreamServers({
    port: ports.port,
    h2Port: ports.h2Port,
    distDir,
    certDir,
  });
  const { http1, h2 } = servers.origins();
  console.log(`Overlap, HTTP/1.1: ${http1}/`);
  console.log(`Overlap, HTTP/2:   ${h2 ?? ''}/`);
  console.log(
    'The HTTP/2 server uses a self-signed certificate made for localhost (in .cert/): open ' +
      `${h2 ?? ''}/ once and accept it in the browser, or the h2 runs cannot connect.`,
  );
  const stop = (signal: string) => {
    console.log(`${signal}: stopping.`);
    void servers.close().then((cleared) => {
      console.log(
        `Stopped: ${cleared} pending upstream timers cleared, ${servers.pendingTimerCount()} pending timers left.`,
      );
    });
  };
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));
  return 0;
}

main().then(
  (code) => {
    if (code !== 0) process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  },
);
