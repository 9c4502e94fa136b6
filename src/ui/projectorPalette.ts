import type { Palette } from './palette.ts';

/**
 * Canvas and chart colours for `theme=projector`: black on white (a projector washes out dark
 * backgrounds and pale hues), darker service hues (Okabe-Ito order, each above 4.5:1 on white)
 * and a strong grid, so bars and lines survive a dim beamer in a lit room.
 */
export const PROJECTOR_PALETTE: Palette = {
  background: '#ffffff',
  text: '#000000',
  mutedText: '#26292e',
  grid: '#b9bec6',
  cursor: '#c00000',
  work: '#3d424a',
  aborted: '#c00000',
  predicted: '#000000',
  services: [
    '#005a8f',
    '#b34700',
    '#00704f',
    '#a1306f',
    '#6b5400',
    '#1f6fa3',
    '#5a2d8a',
    '#8a5a00',
  ],
};
