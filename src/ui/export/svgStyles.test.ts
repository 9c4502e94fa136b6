import { describe, expect, it } from 'vitest';
import { isTransparent, svgStyleDeclarations, type ReadStyle } from './svgStyles.ts';

const styles =
  (values: Record<string, string>): ReadStyle =>
  (property) =>
    values[property] ?? '';

describe('svgStyleDeclarations', () => {
  const root = styles({
    fill: 'rgb(0, 0, 0)',
    stroke: 'none',
    'font-family': 'system-ui',
    'font-size': '15px',
    'font-weight': '400',
    opacity: '1',
    display: 'inline',
  });

  it('gives the root its font even when nothing else differs from the initial values', () => {
    expect(svgStyleDeclarations(root, null)).toBe('font-family: system-ui; font-size: 15px');
  });

  it('writes only what a child changes from its parent, and what is not inherited', () => {
    const text = styles({
      fill: 'rgb(74, 81, 92)',
      stroke: 'none',
      'font-family': 'system-ui',
      'font-size': '15px',
      'font-weight': '600',
      'text-anchor': 'middle',
      opacity: '0.4',
      display: 'inline',
    });
    expect(svgStyleDeclarations(text, root)).toBe(
      'fill: rgb(74, 81, 92); font-weight: 600; text-anchor: middle; opacity: 0.4',
    );
  });

  it('keeps a value equal to the initial one when the parent set another (it would inherit)', () => {
    const parent = styles({ 'fill-opacity': '0.3' });
    const child = styles({ 'fill-opacity': '1' });
    expect(svgStyleDeclarations(child, parent)).toBe('fill-opacity: 1');
  });
});

describe('isTransparent', () => {
  it('tells a colour that paints nothing', () => {
    expect(isTransparent('rgba(0, 0, 0, 0)')).toBe(true);
    expect(isTransparent('rgb(0 0 0 / 0)')).toBe(true);
    expect(isTransparent('transparent')).toBe(true);
    expect(isTransparent('rgb(255, 255, 255)')).toBe(false);
    expect(isTransparent('rgba(30, 33, 38, 0.5)')).toBe(false);
  });
});
