import { BROWSER_HTTP1_CONNECTIONS, wireModelOf } from '../../core/connectionCap.ts';
import type { RunSettings } from '../../core/runSettings.ts';

/**
 * One sentence on what the run's connections do (docs/network.md, "Virtual connection cap"):
 * the cap in force, or why there is none.
 */
export function connectionCapText(run: RunSettings): string {
  const wire = wireModelOf(run);
  if (wire === null) {
    return (
      'No cap: this engine answers inside the page and opens no socket. Set connections (or ' +
      `choose the network engine, where a browser opens ${BROWSER_HTTP1_CONNECTIONS}) to see ` +
      "the browser's queue."
    );
  }
  if (wire.connections === null) {
    return 'No cap: HTTP/2 multiplexes every call on one connection.';
  }
  const n = wire.connections;
  return (
    `Every call holds one of ${n} HTTP/1.1 connection${n === 1 ? '' : 's'} to the host from ` +
    "its send to its answer; more calls wait in the browser's queue, first come first served."
  );
}
