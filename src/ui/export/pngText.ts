/**
 * Adds tEXt chunks (PNG 1.2, section 11.3.4.3) to an encoded PNG, right after its IHDR chunk, so
 * a picture keeps its title, caption and the link that reproduces it (exiftool, `identify
 * -verbose` and image viewers' "properties" show them). tEXt holds Latin-1: a character
 * outside it is written as '?' (the link is ASCII, percent-encoded by URL).
 */

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
/** Signature, then IHDR: length (4), type (4), 13 bytes of data, CRC (4). */
const AFTER_IHDR = 8 + 4 + 4 + 13 + 4;

let crcTable: Uint32Array | null = null;

/** CRC-32 (ISO 3309, as PNG uses it) of `bytes`. */
export function crc32(bytes: Uint8Array): number {
  if (crcTable === null) {
    crcTable = new Uint32Array(256);
    for (let n = 0; n < 256; n += 1) {
      let c = n;
      for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c >>> 0;
    }
  }
  let crc = 0xffffffff;
  for (const byte of bytes) crc = (crcTable[(crc ^ byte) & 0xff] as number) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** Latin-1 bytes of `text`; '?' for any UTF-16 unit outside it (and for NUL, tEXt's separator). */
function latin1(text: string): number[] {
  const bytes: number[] = [];
  for (let k = 0; k < text.length; k += 1) {
    const code = text.charCodeAt(k);
    // A pair of surrogates (one character beyond the BMP) becomes a single '?'.
    const previous = k > 0 ? text.charCodeAt(k - 1) : 0;
    if (code >= 0xdc00 && code <= 0xdfff && previous >= 0xd800 && previous <= 0xdbff) continue;
    bytes.push(code > 0 && code <= 0xff ? code : 63);
  }
  return bytes;
}

/** One tEXt chunk: length, "tEXt", keyword, a zero byte, the text, CRC of type and data. */
function textChunk(keyword: string, text: string): Uint8Array {
  const data = [...latin1(keyword), 0, ...latin1(text)];
  const chunk = new Uint8Array(12 + data.length);
  const view = new DataView(chunk.buffer);
  view.setUint32(0, data.length);
  chunk.set([0x74, 0x45, 0x58, 0x74], 4);
  chunk.set(data, 8);
  view.setUint32(8 + data.length, crc32(chunk.subarray(4, 8 + data.length)));
  return chunk;
}

/**
 * `png` with one tEXt chunk per entry (keyword, text), after IHDR. Keywords are 1 to 79
 * Latin-1 characters (PNG's rule); throws when `png` is not a PNG with its IHDR first.
 */
export function withPngText(
  png: Uint8Array,
  entries: readonly (readonly [keyword: string, text: string])[],
): Uint8Array<ArrayBuffer> {
  const isPng = SIGNATURE.every((byte, k) => png[k] === byte);
  const ihdr = String.fromCharCode(...png.subarray(12, 16));
  if (!isPng || ihdr !== 'IHDR') throw new Error('the encoded picture is not a PNG');
  const chunks = entries.map(([keyword, text]) => {
    if (keyword.length < 1 || keyword.length > 79) {
      throw new Error(`a PNG text keyword has 1 to 79 characters, not "${keyword}"`);
    }
    return textChunk(keyword, text);
  });
  const size = png.length + chunks.reduce((sum, chunk) => sum + chunk.length, 0);
  const out = new Uint8Array(size);
  out.set(png.subarray(0, AFTER_IHDR), 0);
  let at = AFTER_IHDR;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  out.set(png.subarray(AFTER_IHDR), at);
  return out;
}
