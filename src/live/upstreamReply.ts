import { callLabel, callNumber, requestNumber } from '../core/callLabel.ts';
import { upstreamFailureOf } from '../core/faults/sleepingTransport.ts';
import type { PlannedCall } from '../core/plannedCall.ts';
import { UpstreamFailure } from '../core/policy/callFailures.ts';
import { FAULT_STATUS } from '../core/upstreamRequest.ts';

/*
 * Reading an upstream service's answer, the same for every transport that fetch()es one: the
 * live engine's (MSW in the page) and the network engine's (Overlap's own server), whose services
 * answer alike (the same handlers' semantics, docs/faults.md).
 */

/** What a transport needs of an answer: its status, the Retry-After header, its body. */
export interface UpstreamReply {
  readonly status: number;
  readonly retryAfter: string | null;
  readonly body: string;
}

/**
 * The UpstreamFailure an answer stands for, or null when it is not the failure `call` was
 * planned to get: the status must be the planned fault's, and the body must be the service's own
 * account of that fault (so a handler that crashed with a 500 is not mistaken for the scenario's
 * error rate).
 */
export function plannedFailureOf(call: PlannedCall, answer: UpstreamReply): UpstreamFailure | null {
  const { fault } = call;
  if (fault === undefined || answer.status !== FAULT_STATUS[fault]) return null;
  if (faultOfBody(answer.body) !== fault) return null;
  if (fault !== 'busy') return upstreamFailureOf(call);
  const headerS = retryAfterSecondsOf(answer.retryAfter);
  const retryAfterS = headerS ?? call.retryAfterS ?? 0;
  return new UpstreamFailure(
    'busy',
    `${callLabel(call)} was answered 429 (Retry-After ${retryAfterS} s)`,
    retryAfterS * 1000,
  );
}

/** The `fault` a service's error body names, if any. */
function faultOfBody(body: string): unknown {
  try {
    const parsed: unknown = JSON.parse(body);
    return typeof parsed === 'object' && parsed !== null && 'fault' in parsed
      ? parsed.fault
      : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A Retry-After header in delta-seconds (what the services send; RFC 9110 also allows an HTTP
 * date, which they never send and is read as absent), or null.
 */
function retryAfterSecondsOf(header: string | null): number | null {
  if (header === null || !/^[0-9]{1,9}$/.test(header.trim())) return null;
  return Number(header.trim());
}

/** "Call 2 (business) of request 1": numbered from 1, as the call editor counts. */
export function describeCall(call: PlannedCall): string {
  return `Call ${callNumber(call.index)} (${call.service}) of request ${requestNumber(call.request)}`;
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * The service's own explanation of an error answer (`{ error }`, see src/mocks/handlers.ts), or
 * null when the body is not one (something other than Overlap's services answered).
 */
export function serviceErrorOf(body: string): string | null {
  try {
    const parsed: unknown = JSON.parse(body);
    if (typeof parsed === 'object' && parsed !== null && 'error' in parsed) {
      return String(parsed.error);
    }
  } catch {
    // Not JSON.
  }
  return null;
}

/** The start of a body for a message, at most 120 characters. */
export function bodyExcerpt(body: string): string {
  return JSON.stringify(body.length > 120 ? `${body.slice(0, 120)}…` : body);
}
