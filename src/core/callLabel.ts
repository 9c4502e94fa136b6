/**
 * How every text meant for people names a call or a request: numbered from 1, as the call
 * editor, the span table and the Server lab's request picker count ("call 2 (business)",
 * "request 1"). Data keeps 0-based indices (a span's `index` and `request`, an outcome's
 * `failedCall`, JSON and CSV fields, URLs to the mocks): only words add one, here, so no text
 * can count from 0 again.
 */

/** The number people see for the call at `index` (0-based): index + 1. */
export function callNumber(index: number): number {
  return index + 1;
}

/** The number people see for the request at `index` (0-based): index + 1. */
export function requestNumber(index: number): number {
  return index + 1;
}

/**
 * "call 2 (business)", or "call 2 (business) of request 3" when `request` is given (the Server
 * lab's runs have many requests; a Fan-out run has one and leaves it out).
 */
export function callLabel(
  call: { readonly index: number; readonly service?: string },
  request?: number,
): string {
  const service = call.service === undefined ? '' : ` (${call.service})`;
  const of = request === undefined ? '' : ` of request ${requestNumber(request)}`;
  return `call ${callNumber(call.index)}${service}${of}`;
}
