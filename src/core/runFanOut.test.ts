import { describe, expect, it } from 'vitest';
import { sleepingTransport } from './faults/sleepingTransport.ts';
import type { FanOutModel } from './modelContext.ts';
import { DEFAULT_POLICY } from './policy/callPolicy.ts';
import { runFanOut } from './runFanOut.ts';
import { scriptedPlanner } from './testing/faultyTimelineOf.ts';
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
  it("keeps the wire phases a transport reports on the call's span, and on each copy's", async () => {
    const wire = { queuedMs: 5, connectMs: 1, waitingMs: 10, downloadMs: 0, protocol: 'h2' };
    const clock = new VirtualClock();
    const model: FanOutModel = async (ctx) => {
      await ctx.send(0);
    };
    const transport = async (call: { latencyMs: number }, signal: AbortSignal | undefined) => {
      await clock.sleep(call.latencyMs, signal);
      return wire;
    };
    const plain = await runOnVirtualClock(clock, () =>
      runFanOut({ clock, calls: fixedCalls([16]), model, transport }),
    );
    expect(plain.calls[0]?.wire).toEqual(wire);
    const faulty = await runOnVirtualClock(clock, () =>
      runFanOut({
        clock,
        calls: fixedCalls([16]),
        model,
        transport,
        faults: { policy: DEFAULT_POLICY, plan: scriptedPlanner({}), seed: 1 },
      }),
    );
    expect(faulty.calls[0]?.attempts?.map((copy) => copy.wire)).toEqual([wire]);
  });

  it('refuses a model that sends the same call twice, naming the call', async () => {
    const twice: FanOutModel = async (ctx) => {
      await ctx.send(0);
      await ctx.send(0);
    };
    await expect(runModel(twice, [10, 10])).rejects.toThrow(/sent call 1 \(index 0\) twice/);
  });

  it('refuses a model that forgets a call, naming the call', async () => {
    const forgetful: FanOutModel = async (ctx) => {
      await ctx.send(0);
    };
    await expect(runModel(forgetful, [10, 10])).rejects.toThrow(
      /without sending call 2 \(index 1\)/,
    );
  });

  it("names a failed call in its error by the editor's number, from 1", async () => {
    const clock = new VirtualClock();
    const messages: string[] = [];
    const model: FanOutModel = async (ctx) => {
      const sends = [0, 1, 2, 3].map((i) =>
        ctx.send(i).catch((error: unknown) => {
          messages.push(error instanceof Error ? error.message : String(error));
        }),
      );
      await Promise.all(sends);
    };
    await runOnVirtualClock(clock, () =>
      runFanOut({
        clock,
        calls: fixedCalls([10, 20, 30, 40]),
        model,
        transport: sleepingTransport(clock),
        faults: { policy: DEFAULT_POLICY, plan: scriptedPlanner({ 2: ['error'] }), seed: 1 },
      }),
    );
    expect(messages).toEqual(['call 3 (user) ended failed']);
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
