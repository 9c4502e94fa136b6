import { useSyncExternalStore } from 'react';
import { DARK_PALETTE, LIGHT_PALETTE, type Palette } from './palette.ts';

const QUERY = '(prefers-color-scheme: dark)';

function subscribe(onChange: () => void): () => void {
  const media = matchMedia(QUERY);
  media.addEventListener('change', onChange);
  return () => media.removeEventListener('change', onChange);
}

/** The canvas and chart colours for the person's light or dark preference (follows changes). */
export function usePalette(): Palette {
  const dark = useSyncExternalStore(subscribe, () => matchMedia(QUERY).matches);
  return dark ? DARK_PALETTE : LIGHT_PALETTE;
}
