import { describe, expect, it } from 'vitest';
import { createHostTicker, createMessageChannelTicker, TICKS_PER_HOST_TURN } from './hostYield.ts';

describe('the host ticker (the virtual clock driver’s macrotask)', () => {
  it('calls back only after every microtask, chained ones included, has run', async () => {
    let chainDone = false;
    let doneWhenTicked: boolean | null = null;
    await new Promise<void>((resolve) => {
      const ticker = createHostTicker(() => {
        doneWhenTicked = chainDone;
        ticker.close();
        resolve();
      });
      // A chain 1000 microtasks deep, started after the tick was asked for.
      ticker.tick();
      const hop = (left: number): Promise<void> =>
        left === 0
          ? Promise.resolve().then(() => {
              chainDone = true;
            })
          : Promise.resolve().then(() => hop(left - 1));
      void hop(1000);
    });
    expect(doneWhenTicked).toBe(true);
  });

  it('lets the host run its other macrotasks while it ticks on', async () => {
    let ticks = 0;
    let ticksWhenOtherRan: number | null = null;
    await new Promise<void>((resolve) => {
      const other = createMessageChannelTicker(() => {
        ticksWhenOtherRan = ticks;
        other.close();
      });
      const ticker = createHostTicker(() => {
        ticks += 1;
        if (ticksWhenOtherRan !== null || ticks > 4 * TICKS_PER_HOST_TURN) {
          ticker.close();
          resolve();
        } else ticker.tick();
      });
      ticker.tick();
      other.tick();
    });
    expect(ticksWhenOtherRan).not.toBeNull();
    expect(ticksWhenOtherRan).toBeLessThanOrEqual(TICKS_PER_HOST_TURN + 1);
  });
});
