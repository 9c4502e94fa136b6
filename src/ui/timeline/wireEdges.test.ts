import { describe, expect, it } from 'vitest';
import { wireEdgesMs } from './wireEdges.ts';
import { hatchLinesPx } from './wireHatch.ts';
import { WireTable } from './wireTable.ts';

const phases = { queuedMs: 480, connectMs: 3, waitingMs: 501, downloadMs: 1, protocol: 'http/1.1' };

function edgesOf(table: WireTable, slot: number, startMs: number, endMs: number): number[] {
  const out = new Float64Array(5);
  wireEdgesMs(table, slot, startMs, endMs, out);
  return [...out];
}

describe('wireEdgesMs', () => {
  it("lays the phases end to end from the copy's start", () => {
    const table = new WireTable();
    table.set(2, phases);
    expect(edgesOf(table, 2, 10, 1000)).toEqual([10, 490, 493, 994, 995]);
  });

  it('clamps every edge to the end of a copy cut short', () => {
    const table = new WireTable();
    table.set(0, phases);
    expect(edgesOf(table, 0, 0, 300)).toEqual([0, 300, 300, 300, 300]);
  });
});

describe('WireTable', () => {
  it('knows only the slots it was given, and gives them back in core’s shape', () => {
    const table = new WireTable();
    expect([table.any, table.has(0)]).toEqual([false, false]);
    table.set(40, phases);
    expect([table.any, table.has(40), table.has(39), table.has(41)]).toEqual([
      true,
      true,
      false,
      false,
    ]);
    expect(table.get(40)).toEqual(phases);
    expect(table.get(3)).toBeNull();
  });
});

describe('hatchLinesPx', () => {
  it('puts lines on a grid anchored at 0, so side-by-side pieces line up', () => {
    expect(hatchLinesPx(10, 10, 1)).toEqual([12, 16]);
    expect(hatchLinesPx(20, 9, 2)).toEqual([24]);
  });
});
