import { describe, expect, it } from 'vitest';
import { appRequestPath, isAppReply, parseAppRequestParams } from './appRequest.ts';

const parse = (query: string) => parseAppRequestParams(new URLSearchParams(query));

describe('appRequestPath and parseAppRequestParams', () => {
  it('round-trip a run id and a request index', () => {
    const path = appRequestPath('run3-a_b', 17);
    expect(path).toBe('/app/request?run=run3-a_b&request=17');
    const url = new URL(path, 'http://localhost/overlap/');
    expect(parseAppRequestParams(url.searchParams)).toEqual({
      ok: true,
      runId: 'run3-a_b',
      request: 17,
    });
  });

  it.each([
    ['', /"run" query parameter .* it was missing/],
    ['run=a%20b&request=0', /"run" query parameter .* it was "a b"/],
    [
      'run=r1',
      /"request" query parameter must be a whole number from 0 to 99999, but it was missing/,
    ],
    ['run=r1&request=-1', /"request" .* "-1" is below/],
    ['run=r1&request=1.5', /"request" .* "1.5" is not a whole number/],
    ['run=r1&request=100000', /"request" .* "100000" is above/],
  ])('refuses %j, saying which parameter is wrong and what to send', (query, problem) => {
    const parsed = parse(query);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.problem).toMatch(problem);
    expect(parsed.problem).toMatch(/Call \/app\/request\?run=<run id>&request=<request index>/);
  });
});

describe('isAppReply', () => {
  const reply = {
    request: 0,
    worker: 1,
    process: 1,
    startedAtMs: 0,
    endedAtMs: 5,
    calls: [],
    work: [],
  };

  it('accepts the shape the app answers and refuses anything else', () => {
    expect(isAppReply(reply)).toBe(true);
    expect(isAppReply(null)).toBe(false);
    expect(isAppReply('<!doctype html>')).toBe(false);
    expect(isAppReply({ ...reply, worker: '1' })).toBe(false);
    expect(isAppReply({ ...reply, calls: undefined })).toBe(false);
  });
});
