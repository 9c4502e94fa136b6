import { describe, expect, it } from 'vitest';
import type { FanOutModel } from './modelContext.ts';
import { runFanOut } from './runFanOut.ts';
import { fixedCalls } from './testing/timelineOf.ts';
import type { RunEvent } from './trace.ts';
import { runOnVirtualClock, VirtualClock } from './virtualClock.ts';

function runModel(model: FanOutModel, latencies: number[], onEvent?: (e: RunEvent) => void) {
  const clock = new VirtualClock();
  return runOnVirtualClock(clock, () =>
    runFanOut({
      clock,
      calls: fixedCalls(latencies),
      model,
      transport: (call, signal) => clock.sleep(call.latencyMs, signal),
      ...(onEvent ? { onEvent } : {}),
    }),
  );
}

describe('runFanOut', () => {
  it('refuses a model that sends the same call twice, naming the call', async () => {
    const twice: FanOutModel = async (ctx) => {
      await ctx.send(0);
      await ctx.send(0);
    };
    await expect(runModel(twice, [10, 10])).rejects.toThrow(/sent call 0 twice/);
  });

  it('refuses a model that forgets a call, naming the call', async () => {
    const forgetful: FanOutModel = async (ctx) => {
      await ctx.send(0);
    };
    await expect(runModel(forgetful, [10, 10])).rejects.toThrow(/without sending call 1/);
  });

  it('emits a start and an end event for every call, in time order, then the request settles', async () => {
    const events: string[] = [];
    const sequentialModel: FanOutModel = async (ctx) => {
      for (let i = 0; i < ctx.callCount; i += 1) await ctx.send(i);
    };
    await runModel(sequentialModel, [30, 20], (e) => {
      events.push(
        e.type === 'call-end'
          ? `end ${e.span.index}@${e.span.endedAtMs}`
          : e.type === 'request-settled'
            ? `${e.outcome.status}@${e.outcome.settledAtMs}`
            : `${e.type}@${'atMs' in e ? e.atMs : ''}`,
      );
    });
    expect(events).toEqual(['call-start@0', 'end 0@30', 'call-start@30', 'end 1@50', 'ok@50']);
  });

  it('marks calls cut short by an abort as aborted, at the instant of the abort', async () => {
    const clock = new VirtualClock();
    const controller = new AbortController();
    const ends: string[] = [];
    const all: FanOutModel = async (ctx) => {
      await Promise.all([ctx.send(0), ctx.send(1)]);
    };
    const run = runOnVirtualClock(clock, async () => {
      const fanOut = runFanOut({
        clock,
        calls: fixedCalls([50, 500]),
        model: all,
        signal: controller.signal,
        transport: (call, signal) => clock.sleep(call.latencyMs, signal),
        onEvent: (e) => {
          if (e.type === 'call-end')
            ends.push(`${e.span.index} ${e.span.status}@${e.span.endedAtMs}`);
        },
      });
      await clock.sleep(100);
      controller.abort(new Error('reset'));
      return fanOut;
    });
    await expect(run).rejects.toThrow('reset');
    expect(ends).toEqual(['0 ok@50', '1 aborted@100']);
  });
});
