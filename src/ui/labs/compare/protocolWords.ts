import type { ProtocolName } from '../../../core/runSettings.ts';

/** A protocol as the page names it: `HTTP/1.1`, `HTTP/2`. */
export function protocolTitle(protocol: ProtocolName): string {
  return protocol === 'h2' ? 'HTTP/2' : 'HTTP/1.1';
}

/** What a Compare lane's label adds for its protocol: ` over HTTP/1.1`, or '' comparing models. */
export function overProtocol(protocol: ProtocolName | null): string {
  return protocol === null ? '' : ` over ${protocolTitle(protocol)}`;
}
