import { describe, expect, it } from 'vitest';
import { decodeScenario } from '../urlCodec.ts';
import { repeatIgnoredNote } from './repeatIgnoredNote.ts';

const noteOf = (query: string): string | null => repeatIgnoredNote(decodeScenario(query).scenario);

describe('repeatIgnoredNote', () => {
  it('names the repeat count and the lab that leaves it out', () => {
    expect(noteOf('lab=server&repeat=500')).toMatch(/repeat=500.*The Server lab runs once/);
    expect(noteOf('lab=compare&repeat=20')).toMatch(/repeat=20.*The Compare lab runs once/);
  });

  it('says nothing where repeat applies or is not set', () => {
    expect(noteOf('repeat=500')).toBeNull();
    expect(noteOf('lab=server')).toBeNull();
    expect(noteOf('lab=compare&repeat=1')).toBeNull();
  });
});
