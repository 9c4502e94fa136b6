import { describe, expect, it } from 'vitest';
import { runOnVirtualClock, VirtualClock } from './virtualClock.ts';

describe('virtual clock', () => {
  it('fires timers by due time, then by creation order, and jumps straight to each instant', async () => {
    const clock = new VirtualClock();
    const log: string[] = [];
    await runOnVirtualClock(clock, async () => {
      const wait = async (name: string, ms: number) => {
        await clock.sleep(ms);
        log.push(`${name}@${clock.now()}`);
      };
      await Promise.all([wait('c', 300), wait('a', 100), wait('b', 100), wait('z', 0)]);
    });
    expect(log).toEqual(['z@0', 'a@100', 'b@100', 'c@300']);
    expect(clock.now()).toBe(300);
  });

  it('lets every continuation woken at an instant schedule its next timer before time moves', async () => {
    const clock = new VirtualClock();
    const log: string[] = [];
    await runOnVirtualClock(clock, async () => {
      const chain = async (name: string) => {
        await clock.sleep(100);
        // A few extra hops of pure promise work before the next sleep.
        await Promise.resolve();
        await Promise.all([Promise.resolve(), Promise.resolve()]);
        await clock.sleep(50);
        log.push(`${name}@${clock.now()}`);
      };
      const other = async () => {
        await clock.sleep(149);
        log.push(`other@${clock.now()}`);
      };
      await Promise.all([chain('chain'), other()]);
    });
    expect(log).toEqual(['other@149', 'chain@150']);
  });

  it('names the runaway timer when a run fires more timers than its limit', async () => {
    const clock = new VirtualClock();
    const run = runOnVirtualClock(
      clock,
      async () => {
        for (;;) await clock.sleep(1, undefined, 'poll loop');
      },
      { maxSteps: 1000 },
    );
    await expect(run).rejects.toThrow(/more than 1000 timers.*"poll loop"/);
  });

  it('says the run is stuck when the model waits on a promise that never settles', async () => {
    const clock = new VirtualClock();
    const run = runOnVirtualClock(clock, async () => {
      await clock.sleep(10);
      await new Promise(() => {});
    });
    await expect(run).rejects.toThrow(/stuck at t = 10 ms/);
  });

  it('rejects a sleep when its signal aborts and never fires it afterwards', async () => {
    const clock = new VirtualClock();
    const controller = new AbortController();
    const log: string[] = [];
    await runOnVirtualClock(clock, async () => {
      const doomed = clock.sleep(500, controller.signal).then(
        () => log.push('fired'),
        () => log.push(`aborted@${clock.now()}`),
      );
      await clock.sleep(100);
      controller.abort(new Error('reset'));
      await doomed;
      await clock.sleep(1000);
    });
    expect(log).toEqual(['aborted@100']);
    expect(clock.now()).toBe(1100);
  });

  it('passes a failure of the task through to the caller', async () => {
    const clock = new VirtualClock();
    await expect(
      runOnVirtualClock(clock, async () => {
        await clock.sleep(5);
        throw new Error('model failed');
      }),
    ).rejects.toThrow('model failed');
  });
});
