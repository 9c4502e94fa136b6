import { describe, expect, it } from 'vitest';
import { SlotPool } from './slotPool.ts';

describe('SlotPool', () => {
  it('hands out free workers alternating between processes, ids grouped by process', async () => {
    const pool = new SlotPool(2, 3);
    const got = await Promise.all(Array.from({ length: 6 }, () => pool.acquire()));
    expect(got).toEqual([0, 3, 1, 4, 2, 5]);
    expect(got.map((w) => pool.processOf(w))).toEqual([0, 1, 0, 1, 0, 1]);
  });

  it('gives a released worker to the oldest waiter first', async () => {
    const pool = new SlotPool(1, 1);
    const order: string[] = [];
    const held = await pool.acquire();
    const a = pool.acquire().then((w) => order.push(`a${w}`));
    const b = pool.acquire().then((w) => order.push(`b${w}`));
    pool.release(held);
    await a;
    expect(order).toEqual(['a0']);
    pool.release(0);
    await b;
    expect(order).toEqual(['a0', 'b0']);
  });

  it('reuses the lowest free rank, so a quiet server keeps its work on few lanes', async () => {
    const pool = new SlotPool(2, 2);
    const [w0, w1] = [await pool.acquire(), await pool.acquire()];
    expect([w0, w1]).toEqual([0, 2]);
    pool.release(w1);
    pool.release(w0);
    expect(await pool.acquire()).toBe(0);
    expect(await pool.acquire()).toBe(2);
    expect(await pool.acquire()).toBe(1);
  });

  it('costs nothing for workers never used, even ten million of them', async () => {
    const pool = new SlotPool(1024, 10_000);
    expect(await pool.acquire()).toBe(0);
    expect(await pool.acquire()).toBe(10_000);
    expect(pool.processOf(10_239_999)).toBe(1023);
  });

  it('refuses a pool without workers', () => {
    expect(() => new SlotPool(0, 4)).toThrow(/whole number of processes >= 1, got 0/);
    expect(() => new SlotPool(2, 1.5)).toThrow(/perProcess >= 1, got 1.5/);
  });
});
