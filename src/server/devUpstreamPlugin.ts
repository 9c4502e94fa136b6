import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { createUpstreamServers, type UpstreamServers } from './createUpstreamServers.ts';
import { exchangeOf } from './exchange.ts';
import { DEFAULT_H2_PORT, portSetting } from './portSetting.ts';

/**
 * `npm run dev` offers the same upstream as `npm start`: the dev server itself answers
 * `/upstream/...` and `/__overlap/network` over HTTP/1.1 (its own origin, so its port), and an
 * HTTP/2 server starts beside it on H2_PORT (default 4181) and stops when Vite closes. A taken
 * H2_PORT is a warning, not a failure: the dev server goes on without h2 (`/__overlap/network`
 * answers `h2: null`). Off under Vitest, which loads this config for its own Vite server.
 */
export function devUpstreamPlugin(repoRoot: string): Plugin {
  return {
    name: 'overlap:dev-upstream',
    apply: 'serve',
    async configureServer(server) {
      if (process.env['VITEST'] !== undefined) return;
      const http1Origin = () => {
        const address = server.httpServer?.address() as AddressInfo | null | undefined;
        return `http://localhost:${address?.port ?? server.config.server.port ?? 5173}`;
      };
      const h2Setting = portSetting('H2_PORT', process.env['H2_PORT'], DEFAULT_H2_PORT);
      const common = { port: null, http1Origin, distDir: null, certDir: join(repoRoot, '.cert') };
      let upstream: UpstreamServers;
      try {
        if (!h2Setting.ok) throw new Error(h2Setting.problem);
        upstream = await createUpstreamServers({ ...common, h2Port: h2Setting.port });
        server.config.logger.info(
          `  Overlap upstream: HTTP/1.1 on this server, HTTP/2 at ${upstream.origins().h2 ?? ''}/ ` +
            '(self-signed certificate: open it once and accept it).',
        );
      } catch (error) {
        server.config.logger.warn(
          `Overlap: no HTTP/2 upstream in this dev server (${error instanceof Error ? error.message : String(error)}); ` +
            'the HTTP/1.1 upstream works.',
        );
        upstream = await createUpstreamServers({ ...common, h2Port: null });
      }
      server.httpServer?.once('close', () => {
        void upstream.close();
      });
      // Before Vite's own middlewares, so its SPA fallback never answers an upstream path.
      server.middlewares.use((request, response, next) => {
        if (!upstream.serve(exchangeOf('http1', request, response))) next();
      });
    },
  };
}
