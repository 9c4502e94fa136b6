import { describe, expect, it } from 'vitest';
import { simulateScenario } from './simulateScenario.ts';
import { decodeScenario } from './urlCodec.ts';

async function makespanOf(query: string): Promise<number> {
  const { scenario, messages } = decodeScenario(query);
  expect(messages).toEqual([]);
  return (await simulateScenario(scenario)).trace.makespanMs;
}

describe('a scenario on the virtual engine, with and without the connection cap', () => {
  const twelve = 'model=promise-all&calls=500*12';

  it.each([
    ['', 500, 'a plain virtual run models the in-page mocks: no socket, no cap'],
    ['&connections=6', 1000, 'six HTTP/1.1 connections: two waves'],
    ['&engine=network', 1000, "a network run over http1 has the browser's six"],
    ['&engine=network&protocol=h2', 500, 'h2 multiplexes every call'],
    ['&protocol=h2&connections=6', 500, 'connections counts HTTP/1.1 connections only'],
    ['&connections=12', 500, 'as many connections as calls: one wave'],
    ['&connections=1', 6000, 'one connection: one call after another'],
  ])('%s ends at %d ms (%s)', async (extra, makespanMs) => {
    expect(await makespanOf(`${twelve}${extra}`)).toBe(makespanMs);
  });
});
