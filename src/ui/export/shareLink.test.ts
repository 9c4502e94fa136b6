import { describe, expect, it } from 'vitest';
import { decodeScenario, encodeScenario } from '../../core/urlCodec.ts';
import { shareLink } from './shareLink.ts';

describe('shareLink', () => {
  it('keeps the base path and replaces the query and hash by the canonical query', () => {
    expect(
      shareLink('https://x.github.io/overlap/?model=bogus#top', 'model=promise-all&seed=7'),
    ).toBe('https://x.github.io/overlap/?model=promise-all&seed=7');
    expect(shareLink('http://localhost:4173/?model=sequential', '')).toBe('http://localhost:4173/');
  });

  it('gives back the same scenario, seed included', () => {
    const { scenario } = decodeScenario('model=worker-pool&calls=a:10-90*5&seed=42&engine=live');
    const link = new URL(shareLink('http://localhost:4173/', encodeScenario(scenario)));
    expect(decodeScenario(link.search)).toEqual({ scenario, messages: [] });
    expect(link.searchParams.get('seed')).toBe('42');
  });
});
