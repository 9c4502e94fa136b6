import { createContext, useContext, useSyncExternalStore } from 'react';
import type { ThemeName } from '../core/scenario.ts';
import { DARK_PALETTE, LIGHT_PALETTE, PROJECTOR_FAILURES, type Palette } from './palette.ts';
import { PROJECTOR_PALETTE } from './projectorPalette.ts';

const QUERY = '(prefers-color-scheme: dark)';

/**
 * The projector palette with its failure colours (projectorPalette.ts predates faults).
 * One constant, so that the palette's identity is stable across renders (memoised views).
 */
const PROJECTOR_WITH_FAILURES: Palette = {
  ...PROJECTOR_PALETTE,
  failures: PROJECTOR_PALETTE.failures ?? PROJECTOR_FAILURES,
};

/** The page's `theme` parameter, for every usePalette() below it (the shell provides it). */
export const PaletteThemeContext = createContext<ThemeName>('auto');

function subscribe(onChange: () => void): () => void {
  const media = matchMedia(QUERY);
  media.addEventListener('change', onChange);
  return () => media.removeEventListener('change', onChange);
}

/**
 * The canvas and chart colours for the theme: `theme` when given, else the page's (the context);
 * `auto` follows the person's light or dark preference (and its changes).
 */
export function usePalette(theme?: ThemeName): Palette {
  const pageTheme = useContext(PaletteThemeContext);
  const dark = useSyncExternalStore(subscribe, () => matchMedia(QUERY).matches);
  switch (theme ?? pageTheme) {
    case 'light':
      return LIGHT_PALETTE;
    case 'dark':
      return DARK_PALETTE;
    case 'projector':
      return PROJECTOR_WITH_FAILURES;
    case 'auto':
      return dark ? DARK_PALETTE : LIGHT_PALETTE;
  }
}
