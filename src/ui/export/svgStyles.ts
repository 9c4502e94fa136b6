/**
 * Which computed styles a chart's SVG must carry inline to look the same outside the page. The
 * page styles Recharts' SVG partly with CSS (fonts, colours from custom properties,
 * `currentColor`), none of which a standalone .svg file can see.
 *
 * To keep files small, a property is written only where it changes something: an inherited one
 * when it differs from the parent's value (the child would inherit it anyway), any other one
 * when it differs from its initial value. The root is compared with the initial values, and
 * always gets a font (a viewer's default font is not the page's).
 */

/** Inherited presentation properties with their initial values (as computed styles write them). */
const INHERITED: Readonly<Record<string, string>> = {
  fill: 'rgb(0, 0, 0)',
  'fill-opacity': '1',
  stroke: 'none',
  'stroke-width': '1px',
  'stroke-opacity': '1',
  'stroke-dasharray': 'none',
  'stroke-linecap': 'butt',
  'stroke-linejoin': 'miter',
  visibility: 'visible',
  'font-family': '',
  'font-size': '',
  'font-weight': '400',
  'font-style': 'normal',
  'text-anchor': 'start',
  'letter-spacing': 'normal',
};

/** Properties that do not inherit, with their initial values. */
const NOT_INHERITED: Readonly<Record<string, string>> = {
  opacity: '1',
  display: 'inline',
  'dominant-baseline': 'auto',
};

/** Reads one computed property (CSSStyleDeclaration.getPropertyValue, or a map in tests). */
export type ReadStyle = (property: string) => string;

/**
 * The `style` attribute for an element whose computed style is `own`, inside a parent whose
 * computed style is `parent` (null for the root <svg>): "fill: rgb(…); font-size: 15px".
 */
export function svgStyleDeclarations(own: ReadStyle, parent: ReadStyle | null): string {
  const declarations: string[] = [];
  for (const [property, initial] of Object.entries(INHERITED)) {
    const value = own(property);
    if (value === '') continue;
    const alwaysAtRoot =
      parent === null && (property === 'font-family' || property === 'font-size');
    const inherited = parent === null ? initial : parent(property);
    if (alwaysAtRoot || value !== inherited) declarations.push(`${property}: ${value}`);
  }
  for (const [property, initial] of Object.entries(NOT_INHERITED)) {
    const value = own(property);
    if (value !== '' && value !== initial) declarations.push(`${property}: ${value}`);
  }
  return declarations.join('; ');
}

/** True for a colour that paints nothing (`transparent`, or any alpha of 0). */
export function isTransparent(colour: string): boolean {
  const value = colour.trim().toLowerCase();
  if (value === '' || value === 'transparent') return true;
  const alpha = /^rgba?\([^)]*[,/]\s*([\d.]+%?)\s*\)$/.exec(value)?.[1];
  return alpha !== undefined && Number.parseFloat(alpha) === 0;
}
