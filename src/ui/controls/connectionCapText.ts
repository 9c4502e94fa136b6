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
  const setup =
    wire.setupMs === 0
      ? ''
      : wire.protocol === 'h2'
        ? ` The connection costs ${wire.setupMs} ms to set up, once.`
        : wire.keepAlive
          ? ` A new connection costs ${wire.setupMs} ms to set up; an open one is reused.`
          : ` Each call opens a new connection (Connection: close): ${wire.setupMs} ms of set-up each.`;
  if (wire.connections === null) {
    return wire.protocol === 'h2'
      ? `No cap: HTTP/2 multiplexes every call on one connection.${setup}`
      : `No cap on HTTP/1.1 connections here (set connections for a browser's).${setup}`;
  }
  const n = wire.connections;
  return (
    `Every call holds one of ${n} HTTP/1.1 connection${n === 1 ? '' : 's'} to the host from ` +
    "its send to its answer; more calls wait in the browser's queue, first come first served." +
    setup
  );
}
