import type { ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../core/scenario.ts';
import { decodeScenario } from '../../core/urlCodec.ts';
import { RepeatIgnoredNote } from './RepeatIgnoredNote.tsx';

const render = (query: string): string =>
  renderToStaticMarkup(
    <RepeatIgnoredNote scenario={decodeScenario(query).scenario} onChange={() => {}} />,
  );

describe('RepeatIgnoredNote', () => {
  it('tells the Server lab that repeat is left out, with a way to clear it', () => {
    const html = render('lab=server&repeat=300');
    expect(html).toContain('data-testid="repeat-ignored-note"');
    expect(html).toContain('repeat=300');
    expect(html).toContain('>Clear it</button>');
  });

  it('renders nothing in the Fan-out lab, where repeat applies', () => {
    expect(render('repeat=300')).toBe('');
  });

  it('clears repeat to a single run and keeps the rest of the scenario', () => {
    const scenario = decodeScenario('lab=compare&repeat=40&seed=9').scenario;
    let next: Scenario | null = null;
    const element = RepeatIgnoredNote({ scenario, onChange: (s) => (next = s) });
    expect(element).not.toBeNull();
    const children = (element as ReactElement<{ children: unknown[] }>).props.children;
    const button = children.find(
      (child) => (child as ReactElement | null)?.type === 'button',
    ) as ReactElement<{ onClick: () => void }>;
    button.props.onClick();
    expect(next).toEqual({ ...scenario, run: { ...scenario.run, repeat: 1 } });
  });
});
