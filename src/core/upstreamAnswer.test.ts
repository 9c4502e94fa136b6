import { describe, expect, it } from 'vitest';
import { abandonedAnswer, upstreamAnswer } from './upstreamAnswer.ts';
import { parseUpstreamParams } from './upstreamRequest.ts';

const answerTo = (query: string, service = 'session') =>
  upstreamAnswer(parseUpstreamParams(service, new URLSearchParams(query)));

describe('upstreamAnswer', () => {
  it('answers 200 with the service, the call index and the delay taken, never cached', () => {
    expect(answerTo('ms=125&index=3')).toEqual({
      status: 200,
      headers: { 'Cache-Control': 'no-store' },
      body: { service: 'session', index: 3, latencyMs: 125 },
    });
  });

  it('answers each planned fault with its status and a sentence naming the copy', () => {
    expect(answerTo('ms=9&index=1&attempt=2&request=4&fault=error')).toEqual({
      status: 500,
      headers: { 'Cache-Control': 'no-store' },
      body: {
        error:
          "The scenario's error rate picked this call: copy 3 of call 2 (session) of request 5 " +
          'answers 500 after its 9 ms.',
        fault: 'error',
      },
    });
    expect(answerTo('ms=20&fault=hang')).toMatchObject({
      status: 504,
      body: { error: expect.stringMatching(/proxy in front gave up after 20 ms/), fault: 'hang' },
    });
    expect(answerTo('ms=0&fault=busy&retryAfter=7')).toMatchObject({
      status: 429,
      headers: { 'Cache-Control': 'no-store', 'Retry-After': '7' },
      body: { error: expect.stringMatching(/Retry-After 7 s/), fault: 'busy' },
    });
  });

  it('refuses a malformed request with 400 and the parser’s sentence', () => {
    expect(answerTo('ms=abc')).toEqual({
      status: 400,
      headers: { 'Cache-Control': 'no-store' },
      body: { error: expect.stringMatching(/"ms" query parameter must be a whole number/) },
    });
  });

  it('never carries a connection header, which HTTP/2 forbids (close=1 is the server’s job)', () => {
    const answer = answerTo('ms=0&close=1');
    expect(answer.status).toBe(200);
    expect(Object.keys(answer.headers).map((name) => name.toLowerCase())).not.toContain(
      'connection',
    );
  });

  it('answers an abandoned copy 499', () => {
    expect(abandonedAnswer()).toMatchObject({ status: 499, body: { error: expect.any(String) } });
  });
});
