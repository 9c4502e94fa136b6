import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeScenario } from '../../../core/urlCodec.ts';
import { EMBED_SNIPPET, TEACH_LINKS } from './teachLinks.ts';

const queryOf = (href: string): string => href.split('#')[0] ?? '';

describe('the Teach page links', () => {
  it.each(TEACH_LINKS.map((link) => [link.title, link.href]))(
    '%s (%s) decodes without a message',
    (_title, href) => {
      expect(decodeScenario(queryOf(href)).messages).toEqual([]);
    },
  );

  it('tells the story in order: sequential, all at once, a pool, a failure, the server, the browser', () => {
    const scenarios = TEACH_LINKS.map((link) => decodeScenario(queryOf(link.href)).scenario);
    expect(scenarios.map((s) => [s.lab, s.fanOut.model])).toEqual([
      ['fanout', 'sequential'],
      ['fanout', 'promise-all'],
      ['fanout', 'worker-pool'],
      ['fanout', 'promise-all'],
      ['server', 'sequential'],
      ['fanout', 'promise-all'],
    ]);
    expect(scenarios[3]?.faults.errorRates).toEqual([{ service: 'business', pct: 100 }]);
    expect(TEACH_LINKS[4]?.href.endsWith('#talk')).toBe(true);
    expect(scenarios[5]?.run).toMatchObject({ connections: 6 });
  });

  it('embeds a passive, projector-themed frame', () => {
    const src = /src="[^"?]*\?([^"]*)"/.exec(EMBED_SNIPPET)?.[1] ?? '';
    const { scenario, messages } = decodeScenario(src);
    expect(messages).toEqual([]);
    expect(scenario.view).toMatchObject({ embed: true, still: true, theme: 'projector' });
  });
});

it("the README's top lists the same links, in the same order", () => {
  const readme = readFileSync(new URL('../../../../README.md', import.meta.url), 'utf8');
  const teach = readme.slice(readme.indexOf('## Teach with Overlap'), readme.indexOf('## Scripts'));
  const positions = TEACH_LINKS.map((link) => teach.indexOf(`[\`${link.href}\`]`));
  expect(positions.every((at) => at >= 0)).toBe(true);
  expect(positions).toEqual(positions.toSorted((a, b) => a - b));
});
