import { PROJECTOR_EMPHASIS, PROJECTOR_WIRE, type Palette } from './palette.ts';

/**
 * Canvas and chart colours for `theme=projector`: black on white (a projector washes out dark
 * backgrounds and pale hues), darker service hues (Okabe-Ito order, each above 4.5:1 on white)
 * and a strong grid, so bars and lines survive a dim beamer in a lit room. Its emphasis draws the
 * canvases with larger type, bars that nearly fill their rows and two-pixel grid lines.
 */
export const PROJECTOR_PALETTE: Palette = {
  background: '#ffffff',
  text: '#000000',
  mutedText: '#26292e',
  grid: '#8c929b',
  cursor: '#c00000',
  work: '#3d424a',
  aborted: '#c00000',
  predicted: '#000000',
  emphasis: PROJECTOR_EMPHASIS,
  wire: PROJECTOR_WIRE,
  services: [
    '#005a8f',
    '#b34700',
    '#00704f',
    '#a1306f',
    '#6b5400',
    '#0080a0',
    '#5a2d8a',
    '#8a5a00',
    '#7a1f47',
    '#3d6b00',
    '#506070',
    '#c0392b',
    '#4040c0',
    '#7a7a00',
    '#6b3a1f',
    '#9c1f9c',
  ],
};
