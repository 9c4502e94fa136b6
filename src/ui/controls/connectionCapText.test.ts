import { describe, expect, it } from 'vitest';
import { scenarioWith } from '../../core/testing/flattenScenario.ts';
import { connectionCapText } from './connectionCapText.ts';

describe('connectionCapText', () => {
  it.each([
    [{}, /^No cap: this engine answers inside the page/],
    [{ connections: 6 }, /^Every call holds one of 6 HTTP\/1\.1 connections to the host/],
    [{ connections: 1 }, /one of 1 HTTP\/1\.1 connection to the host/],
    [{ engine: 'network' as const }, /one of 6 HTTP\/1\.1 connections/],
    [{ connections: 6, protocol: 'h2' as const }, /^No cap: HTTP\/2 multiplexes/],
  ])('says what %o does', (fields, text) => {
    expect(connectionCapText(scenarioWith(fields).run)).toMatch(text);
  });
});

describe('connectionCapText with set-up', () => {
  it('says when the set-up is paid: once with keep-alive, on every call with close', () => {
    expect(connectionCapText(scenarioWith({ connections: 1, setupMs: 30 }).run)).toMatch(
      /A new connection costs 30 ms to set up; an open one is reused\.$/,
    );
    expect(
      connectionCapText(scenarioWith({ connections: 1, setupMs: 30, connection: 'close' }).run),
    ).toMatch(/Each call opens a new connection \(Connection: close\): 30 ms of set-up each\.$/);
    expect(connectionCapText(scenarioWith({ setupMs: 30, protocol: 'h2' }).run)).toBe(
      'No cap: HTTP/2 multiplexes every call on one connection. The connection costs 30 ms to set up, once.',
    );
  });
});
