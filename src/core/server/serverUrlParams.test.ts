import { describe, expect, it } from 'vitest';
import { flattenScenario, withFields, type FlatScenario } from '../testing/flattenScenario.ts';
import { DEFAULT_SCENARIO } from '../scenario.ts';
import { decodeScenario, encodeScenario } from '../urlCodec.ts';
import { applyPreset, presetScenario } from './talkPresets.ts';

describe('server URL parameters', () => {
  it.each<[string, Partial<FlatScenario>]>([
    ['requests=1', { requests: 1 }],
    ['requests=100000', { requests: 100_000 }],
    ['concurrency=100000', { concurrency: 100_000 }],
    ['processes=1024', { processes: 1024 }],
    ['threads=4', { threads: 4 }],
    ['greenlets=50', { greenlets: 50 }],
    ['greenlets=none', { greenlets: null }],
    ['upstreamCap=1000000', { upstreamCap: 1_000_000 }],
    ['upstreamCap=none', { upstreamCap: null }],
    ['callOverhead=8', { callOverheadMs: 8 }],
    ['callOverhead=2.5', { callOverheadMs: 2.5 }],
    ['callOverhead=0.001', { callOverheadMs: 0.001 }],
    ['requestOverhead=60000', { requestOverheadMs: 60_000 }],
    ['requestOverhead=-0', { requestOverheadMs: 0 }],
  ])('reads %s', (query, fields) => {
    expect(decodeScenario(query)).toEqual({
      scenario: withFields(DEFAULT_SCENARIO, fields),
      messages: [],
    });
  });

  it.each([
    ['requests', '0', 'is below the minimum of 1; use a whole number from 1 to 100000.'],
    ['requests', '100001', 'is above the maximum of 100000;'],
    ['concurrency', '0', 'is below the minimum of 1; use a whole number from 1 to 100000.'],
    ['processes', '1025', 'is above the maximum of 1024; use a whole number from 1 to 1024.'],
    ['threads', '1.5', 'is not a whole number; use a whole number from 1 to 1024.'],
    ['greenlets', '0', 'is below the minimum of 1; use a whole number from 1 to 10000, or none'],
    ['greenlets', 'None', 'is not a whole number;'],
    ['upstreamCap', '1000001', 'is above the maximum of 1000000; use a whole number from 1'],
    ['callOverhead', '-1', 'is below the minimum of 0; use a number of ms from 0 to 60000'],
    ['callOverhead', '0.0001', 'has more than 3 decimal places;'],
    ['callOverhead', '60000.5', 'is above the maximum of 60000;'],
    ['requestOverhead', '1e3', 'is not a number;'],
    ['preset', 'talk-sync-fast', 'is not a preset; use one of talk-sync-one, talk-sync-basic,'],
  ])('%s=%s gives a message and keeps the default', (param, raw, fragment) => {
    const { scenario, messages } = decodeScenario(`${param}=${raw}`);
    expect(scenario).toEqual(DEFAULT_SCENARIO);
    expect(messages).toHaveLength(1);
    expect(messages[0]?.param).toBe(param);
    expect(messages[0]?.message).toMatch(new RegExp(`^${param}: ".*" `));
    expect(messages[0]?.message).toContain(fragment);
  });
});

describe('presets in the URL', () => {
  it("sets the preset's fields and remembers the preset", () => {
    const { scenario, messages } = decodeScenario('lab=server&preset=talk-gevent-100');
    expect(messages).toEqual([]);
    expect(scenario).toEqual(presetScenario('talk-gevent-100'));
    expect(flattenScenario(scenario)).toMatchObject({
      model: 'promise-all',
      requests: 100,
      processes: 2,
      greenlets: 50,
      upstreamCap: 200,
      preset: 'talk-gevent-100',
    });
  });

  it('lets explicit parameters override the preset, wherever they stand', () => {
    const before = decodeScenario('threads=8&preset=talk-sync-threads&callOverhead=8');
    const after = decodeScenario('preset=talk-sync-threads&threads=8&callOverhead=8');
    expect(before).toEqual(after);
    expect(flattenScenario(before.scenario)).toMatchObject({
      threads: 8,
      callOverheadMs: 8,
      requests: 20,
    });
  });

  it("keeps the preset's value when an explicit one is invalid", () => {
    const { scenario, messages } = decodeScenario('processes=0&preset=talk-sync-processes');
    expect(scenario.server.processes).toBe(4);
    expect(messages.map((m) => m.param)).toEqual(['processes']);
  });

  it('writes the preset, then only what differs from it (none for a value it drops)', () => {
    const gevent = presetScenario('talk-gevent-100');
    expect(encodeScenario(gevent)).toBe('lab=server&preset=talk-gevent-100');
    expect(
      encodeScenario({
        ...gevent,
        server: { ...gevent.server, concurrency: 100, callOverheadMs: 2.5 },
      }),
    ).toBe('lab=server&preset=talk-gevent-100&concurrency=100&callOverhead=2.5');
    const sync = { ...gevent, server: { ...gevent.server, greenlets: null, upstreamCap: null } };
    expect(encodeScenario(sync)).toBe(
      'lab=server&preset=talk-gevent-100&greenlets=none&upstreamCap=none',
    );
    expect(decodeScenario(encodeScenario(sync))).toEqual({ scenario: sync, messages: [] });
  });

  it('writes the fields a preset sets when there is no preset', () => {
    const { preset: _, ...values } = applyPreset(DEFAULT_SCENARIO, 'talk-sync-mix');
    expect(encodeScenario({ ...values, preset: null })).toBe(
      'processes=2&threads=2&upstreamCap=200',
    );
  });
});

describe('the cap on a server run', () => {
  it('sends as many requests as fit in a million calls, saying so', () => {
    const { scenario, messages } = decodeScenario('lab=server&requests=50000&calls=1*100');
    expect(scenario.server.requests).toBe(10_000);
    expect(messages).toEqual([
      {
        param: 'requests',
        value: '50000',
        message:
          'requests: 50000 requests of 100 calls make 5000000 upstream calls, more than the ' +
          '1000000 a server run may make, so the run sends 10000 requests instead.',
      },
    ]);
  });

  it('leaves the other labs alone: they make one request', () => {
    const { scenario, messages } = decodeScenario('calls=1*100000');
    expect(messages).toEqual([]);
    expect(scenario.server.requests).toBe(20);
  });

  it('lets the talk calls run 100000 requests (400000 calls)', () => {
    expect(decodeScenario('lab=server&requests=100000').messages).toEqual([]);
  });
});
