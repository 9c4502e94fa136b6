import { describe, expect, it } from 'vitest';
import { connectionCapOf, wireModelOf } from './connectionCap.ts';
import * as L from './limits.ts';
import { DEFAULT_SCENARIO } from './scenario.ts';
import { scenarioWith, type FlatScenario } from './testing/flattenScenario.ts';
import { decodeScenario, encodeScenario } from './urlCodec.ts';

describe('engine=network, protocol and connections in the URL', () => {
  it('decodes each of them and writes them back in canonical order, after compensate', () => {
    const query = 'engine=network&compensate=0&protocol=h2&connections=2';
    const { scenario, messages } = decodeScenario(query);
    expect(messages).toEqual([]);
    expect(scenario).toEqual(
      scenarioWith({ engine: 'network', compensate: false, protocol: 'h2', connections: 2 }),
    );
    expect(encodeScenario(scenario)).toBe(query);
  });

  it('writes nothing new for the defaults: http1 and the browser default are never written', () => {
    expect(encodeScenario(DEFAULT_SCENARIO)).toBe('');
    const { scenario, messages } = decodeScenario('protocol=http1');
    expect(messages).toEqual([]);
    expect(scenario).toEqual(DEFAULT_SCENARIO);
    expect(encodeScenario(scenario)).toBe('');
  });

  it.each([
    [
      'protocol',
      'h3',
      'protocol: "h3" is not a protocol; use http1 (HTTP/1.1: a browser opens at most 6 connections per host) or h2 (HTTP/2: every call multiplexed on one connection).',
    ],
    [
      'connections',
      '0',
      'connections: "0" is below the minimum of 1; use a whole number of HTTP/1.1 connections per host from 1 to 64, or leave it out for the browser\'s default (6 over http1; h2 has no cap).',
    ],
    ['connections', '65', 'connections: "65" is above the maximum of 64;'],
    ['connections', 'none', 'connections: "none" is not a whole number;'],
  ])('%s=%s gives a message that says the limit, and keeps the default', (param, raw, text) => {
    const { scenario, messages } = decodeScenario(`${param}=${raw}`);
    expect(scenario).toEqual(DEFAULT_SCENARIO);
    expect(messages).toHaveLength(1);
    expect(messages[0]?.param).toBe(param);
    expect(messages[0]?.message.startsWith(text)).toBe(true);
  });

  it('decodes compare=protocols and writes it back; a wrong value says what is allowed', () => {
    const { scenario, messages } = decodeScenario('lab=compare&compare=protocols');
    expect(messages).toEqual([]);
    expect(scenario.run.compareBy).toBe('protocols');
    expect(encodeScenario(scenario)).toBe('lab=compare&compare=protocols');
    expect(decodeScenario('compare=lanes').messages[0]?.message).toBe(
      'compare: "lanes" is not what Compare compares; use models (the Compare lab runs every ' +
        'model) or protocols (it runs the model over http1 and h2 side by side).',
    );
  });

  it('decodes connection=close and setup=30, writes them back, and refuses what is out of range', () => {
    const query = 'connections=1&connection=close&setup=30';
    const { scenario, messages } = decodeScenario(query);
    expect(messages).toEqual([]);
    expect(scenario.run).toMatchObject({ connections: 1, connection: 'close', setupMs: 30 });
    expect(encodeScenario(scenario)).toBe(query);
    expect(decodeScenario('setup=10001').messages[0]?.message).toBe(
      'setup: "10001" is above the maximum of 10000; use a whole number of ms from 0 to 10000: ' +
        'what opening one connection costs the virtual engine (DNS, TCP, TLS).',
    );
    expect(decodeScenario('connection=reuse').messages[0]?.message).toMatch(
      /^connection: "reuse" is not a connection reuse; use keep-alive .* or close /,
    );
  });

  it('runs a network scenario past the live bound on the virtual engine, as live does', () => {
    expect(decodeScenario(`engine=network&calls=1*${L.MAX_LIVE_CALLS}`).messages).toEqual([]);
    const { scenario, messages } = decodeScenario(`engine=network&calls=1*${L.MAX_LIVE_CALLS + 1}`);
    expect(scenario.run.engine).toBe('virtual');
    expect(messages).toEqual([
      {
        param: 'engine',
        value: 'network',
        message:
          'engine: "network" runs at most 1000 calls and this scenario has 1001, ' +
          'so the run uses the virtual engine instead.',
      },
    ]);
  });

  it('bounds a network run by the live copies, with a fix that names the network', () => {
    const { scenario, messages } = decodeScenario(
      'engine=network&calls=1*100&error=*:10&retries=10',
    );
    expect(scenario.run.engine).toBe('virtual');
    expect(messages[0]?.message).toMatch(
      /^engine: "network" sends at most 1000 copies of calls .* to run it over the network, /,
    );
  });
});

describe('wireModelOf: when the virtual engine models the wire', () => {
  it('models it for a set-up or Connection: close alone, with no cap unless asked', () => {
    expect(wireModelOf(scenarioWith({ setupMs: 30 }).run)).toEqual({
      connections: null,
      protocol: 'http/1.1',
      setupMs: 30,
      keepAlive: true,
    });
    expect(wireModelOf(scenarioWith({ connection: 'close' }).run)?.keepAlive).toBe(false);
    expect(wireModelOf(scenarioWith({ connection: 'close', protocol: 'h2' }).run)).toEqual({
      connections: null,
      protocol: 'h2',
      setupMs: 0,
      keepAlive: true,
    });
    expect(wireModelOf(DEFAULT_SCENARIO.run)).toBeNull();
  });
});

describe('connectionCapOf: how many calls to the upstream hold a connection at once', () => {
  it.each<[Partial<FlatScenario>, number | null, string]>([
    [{}, null, 'the default virtual run models the in-page mocks, which open no socket'],
    [{ engine: 'live' }, null, 'nor does a live run without connections'],
    [{ engine: 'live', connections: 6 }, null, 'nor with them: MSW opens no socket'],
    [{ engine: 'network' }, 6, 'a network run over http1 gets the browser default'],
    [{ connections: 6 }, 6, 'connections=6 caps the virtual run'],
    [{ connections: 1, engine: 'network' }, 1, 'connections overrides the default'],
    [{ protocol: 'h2' as const, engine: 'network' }, null, 'h2 multiplexes'],
    [{ protocol: 'h2' as const, connections: 6 }, null, 'h2 ignores HTTP/1.1 connections'],
  ])('%o gives %s (%s)', (fields, cap) => {
    expect(connectionCapOf(scenarioWith(fields).run)).toBe(cap);
  });
});
