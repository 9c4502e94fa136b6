import type { Trace } from '../../core/trace.ts';

/** Every time of a trace (the request's end, the makespan, calls and copies), to compare runs. */
export function timesOf(trace: Trace): number[] {
  return [
    trace.outcome?.settledAtMs ?? Number.NaN,
    trace.makespanMs,
    ...trace.calls.flatMap((call) => [
      call.startedAtMs,
      call.endedAtMs,
      ...(call.attempts ?? []).flatMap((a) => [a.startedAtMs, a.endedAtMs]),
    ]),
  ];
}

/** Each call's status and its copies as `attempt[h]:outcome`, to compare two runs' copies. */
export function copiesOf(trace: Trace) {
  return trace.calls.map((call) => ({
    status: call.status,
    copies: (call.attempts ?? []).map((a) => `${a.attempt}${a.hedge ? 'h' : ''}:${a.outcome}`),
  }));
}
