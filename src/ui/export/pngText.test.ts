import { describe, expect, it } from 'vitest';
import { crc32, withPngText } from './pngText.ts';

const ascii = (text: string) => Uint8Array.from(text, (ch) => ch.charCodeAt(0));

/** A 1x1 PNG's chunks without its pixels: signature, IHDR and IEND (enough for the chunk walk). */
function tinyPng(): Uint8Array {
  const chunk = (type: string, data: number[]) => {
    const body = new Uint8Array([...ascii(type), ...data]);
    const out = new Uint8Array(12 + data.length);
    const view = new DataView(out.buffer);
    view.setUint32(0, data.length);
    out.set(body, 4);
    view.setUint32(8 + data.length, crc32(body));
    return [...out];
  };
  const ihdr = [0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0];
  return new Uint8Array([
    0x89,
    0x50,
    0x4e,
    0x47,
    0x0d,
    0x0a,
    0x1a,
    0x0a,
    ...chunk('IHDR', ihdr),
    ...chunk('IEND', []),
  ]);
}

/** Each chunk's type and data, walking the lengths; throws on a bad CRC. */
function chunks(png: Uint8Array): Array<{ type: string; data: Uint8Array }> {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const out: Array<{ type: string; data: Uint8Array }> = [];
  for (let at = 8; at < png.length;) {
    const length = view.getUint32(at);
    const type = String.fromCharCode(...png.subarray(at + 4, at + 8));
    const data = png.subarray(at + 8, at + 8 + length);
    if (view.getUint32(at + 8 + length) !== crc32(png.subarray(at + 4, at + 8 + length))) {
      throw new Error(`bad CRC in ${type}`);
    }
    out.push({ type, data });
    at += 12 + length;
  }
  return out;
}

describe('crc32', () => {
  it('matches the CRC every PNG ends with (IEND)', () => {
    expect(crc32(ascii('IEND'))).toBe(0xae426082);
  });
});

describe('withPngText', () => {
  it('adds one valid tEXt chunk per entry right after IHDR', () => {
    const link = 'https://example.org/?model=worker-pool&seed=7';
    const png = withPngText(tinyPng(), [
      ['Title', 'Sequential · 4 calls'],
      ['URL', link],
    ]);
    const list = chunks(png);
    expect(list.map((c) => c.type)).toEqual(['IHDR', 'tEXt', 'tEXt', 'IEND']);
    const text = (k: number) => new TextDecoder('latin1').decode(list[k]?.data);
    expect(text(1)).toBe('Title\0Sequential · 4 calls');
    expect(text(2)).toBe(`URL\0${link}`);
  });

  it('writes characters outside Latin-1 as "?"', () => {
    const list = chunks(withPngText(tinyPng(), [['Title', 'a → b']]));
    expect(new TextDecoder('latin1').decode(list[1]?.data)).toBe('Title\0a ? b');
  });

  it('refuses bytes that are not a PNG, and keywords PNG does not allow', () => {
    expect(() => withPngText(ascii('GIF89a and more bytes here!!'), [])).toThrow(/not a PNG/);
    expect(() => withPngText(tinyPng(), [['', 'x']])).toThrow(/1 to 79/);
  });
});
