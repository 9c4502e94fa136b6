import { describe, expect, it } from 'vitest';
import { csvDocument, csvField, csvMs } from './csv.ts';
import { parseCsv } from './testing/parseCsv.ts';

describe('csv', () => {
  it('quotes only fields that need it, doubling quotes inside', () => {
    expect(csvField('session')).toBe('session');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
  });

  it('round-trips awkward fields through an RFC 4180 reader', () => {
    const rows = [
      ['plain', 'a,b', 'say "hi"'],
      ['two\r\nlines', '', '"'],
    ];
    const text = csvDocument(['x', 'y', 'z'], rows);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(parseCsv(text)).toEqual([['x', 'y', 'z'], ...rows]);
  });

  it('writes whole ms as integers and fractions without float noise', () => {
    expect(csvMs(1250)).toBe('1250');
    expect(csvMs(0.1 + 0.2)).toBe('0.3');
    expect(csvMs(333.3333333)).toBe('333.333');
    expect(csvMs(Infinity)).toBe('');
  });
});
