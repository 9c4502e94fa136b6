import type { Millis } from '../clock.ts';
import type { WirePhases } from '../trace.ts';
import { roundMs } from './roundTimes.ts';

/** What a HAR entry's timings are read from: one copy's times (rounded) and its phases. */
export interface TimedCopy {
  /** When the copy was ready (the call's readiness for its first copy, else its send). */
  readonly queuedFromMs: Millis;
  readonly startedAtMs: Millis;
  readonly endedAtMs: Millis;
  readonly wire?: WirePhases;
}

/** HAR's httpVersion of a protocol as Resource Timing names it (`h2` is written HTTP/2.0). */
export function httpVersionOf(protocol: string | undefined): string {
  if (protocol === 'h2') return 'HTTP/2.0';
  if (protocol === undefined || protocol === '' || protocol === 'http/1.1') return 'HTTP/1.1';
  return protocol;
}

/**
 * The entry's timings. Without wire phases (MSW opens no socket): dns, connect and ssl do not
 * apply, the whole flight is `wait`, and `blocked` is the call's queue wait before its send.
 * With them: `blocked` is that wait plus the browser's queue (`queuedMs`; a Promise.all call's
 * model wait is 0, so it is the browser's alone), `connect` the set-up (0: a reused connection),
 * `wait` the waiting for the first byte, `receive` the download plus whatever the engine did
 * after it (reading the body, holding a compensated answer; 0 in the virtual engine), so the
 * timings add up to the entry's time as HAR asks.
 */
export function timingsOf(copy: TimedCopy, stepMs: Millis): Record<string, number> {
  const modelWaitMs = roundMs(copy.startedAtMs - copy.queuedFromMs, stepMs);
  const flightMs = roundMs(copy.endedAtMs - copy.startedAtMs, stepMs);
  const wire = copy.wire;
  if (!wire) {
    return {
      blocked: modelWaitMs,
      dns: -1,
      connect: -1,
      send: 0,
      wait: flightMs,
      receive: 0,
      ssl: -1,
    };
  }
  const blocked = roundMs(modelWaitMs + wire.queuedMs, stepMs);
  const phasesMs = wire.queuedMs + wire.connectMs + wire.waitingMs;
  return {
    blocked,
    dns: -1,
    connect: wire.connectMs,
    send: 0,
    wait: wire.waitingMs,
    receive: roundMs(flightMs - phasesMs, stepMs),
    ssl: -1,
  };
}
