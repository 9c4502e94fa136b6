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
