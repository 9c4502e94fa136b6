import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseOrigin } from './originParam.ts';
import { origins } from './testing/scenarioArbitraries.ts';

describe('parseOrigin', () => {
  it.each([
    ['https://slides.example', 'https://slides.example'],
    ['https://slides.example/', 'https://slides.example'],
    ['http://localhost:5173', 'http://localhost:5173'],
    ['https://SLIDES.example:443', 'https://slides.example'],
    ['https://bücher.example', 'https://xn--bcher-kva.example'],
    ['http://127.0.0.1:8000', 'http://127.0.0.1:8000'],
  ])('reads %s as %s (the browser serialisation)', (text, origin) => {
    expect(parseOrigin(text)).toEqual({ ok: true, value: origin });
  });

  it.each([
    '',
    '*',
    'null',
    'slides.example',
    '//slides.example',
    'https:slides.example',
    'file:///home/me/deck.html',
    'https://slides.example/deck',
    'https://slides.example/?',
    'https://slides.example#top',
    'https://a:b@slides.example',
    ' https://slides.example',
    'https://slides.example ',
  ])('refuses %j', (text) => {
    expect(parseOrigin(text).ok).toBe(false);
  });

  it('gives every origin back as it is, and never throws', () => {
    fc.assert(
      fc.property(origins, (origin) => {
        expect(parseOrigin(origin)).toEqual({ ok: true, value: origin });
      }),
    );
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.webUrl()), (text) => {
        const parsed = parseOrigin(text);
        expect(!parsed.ok || new URL(parsed.value).origin === parsed.value).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});
