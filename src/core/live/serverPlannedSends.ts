import type { PlannedSend } from './liveTimeScale.ts';
import type { ServerTrace } from '../server/serverTrace.ts';

/**
 * The mocked requests a live run of this (virtual) server trace sends, for the live planner
 * (src/core/live/liveTimeScale.ts), app requests first:
 * - each client request to the app, from when the client sends it until its response arrives.
 *   Not compensated: the client cannot send early, so whatever the page takes to answer it adds
 *   to the request's time;
 * - each upstream call, from when the upstream takes it (after its overhead and any wait for
 *   capacity, which is when the app's fetch goes out) until it ends: compensated (its answer is
 *   asked for early and held, src/live/fetchTransport.ts).
 * App requests come first so that, at one instant, the model serves them before the calls they
 * make (the page must serve a request before its handler can send its calls).
 */
export function serverPlannedSends(trace: ServerTrace): PlannedSend[] {
  const sends: PlannedSend[] = [];
  for (const request of trace.requests) {
    sends.push({
      atMs: request.sentAtMs,
      latencyMs: request.endedAtMs - request.sentAtMs,
      compensated: false,
    });
  }
  for (const call of trace.calls) {
    sends.push({
      atMs: call.upstreamStartedAtMs,
      latencyMs: call.endedAtMs - call.upstreamStartedAtMs,
    });
  }
  return sends;
}
