/** The default ports of `npm start`: HTTP/1.1 on PORT, HTTP/2 on H2_PORT. */
export const DEFAULT_PORT = 4180;
export const DEFAULT_H2_PORT = 4181;

export type PortSetting =
  { readonly ok: true; readonly port: number } | { readonly ok: false; readonly problem: string };

/**
 * Reads a port from the environment variable `name` (`raw` undefined or '' = the default): a
 * whole number from 0 to 65535, written plainly (0 lets the system pick a free port, which the
 * server then prints). A problem says what was wrong and what to do.
 */
export function portSetting(name: string, raw: string | undefined, fallback: number): PortSetting {
  if (raw === undefined || raw === '') return { ok: true, port: fallback };
  const port = /^[0-9]{1,5}$/.test(raw) ? Number(raw) : Number.NaN;
  if (port >= 0 && port <= 65_535) return { ok: true, port };
  return {
    ok: false,
    problem:
      `${name} must be a port number from 1 to 65535 (or 0 for any free port), but it was ${JSON.stringify(raw)}. ` +
      `Set it to a free port, e.g. ${name}=${fallback}, or leave it unset for ${fallback}.`,
  };
}

/** Both ports of `npm start`, or the sentences that say what is wrong with them. */
export function serverPorts(
  env: Readonly<Record<string, string | undefined>>,
): { ok: true; port: number; h2Port: number } | { ok: false; problems: string[] } {
  const port = portSetting('PORT', env['PORT'], DEFAULT_PORT);
  const h2Port = portSetting('H2_PORT', env['H2_PORT'], DEFAULT_H2_PORT);
  const problems = [port, h2Port].flatMap((setting) => (setting.ok ? [] : [setting.problem]));
  if (!port.ok || !h2Port.ok) return { ok: false, problems };
  if (port.port === h2Port.port && port.port !== 0) {
    return {
      ok: false,
      problems: [
        `PORT and H2_PORT are both ${port.port}, but HTTP/1.1 and HTTP/2 need a port each: ` +
          `set H2_PORT to another one, e.g. H2_PORT=${port.port + 1}.`,
      ],
    };
  }
  return { ok: true, port: port.port, h2Port: h2Port.port };
}
