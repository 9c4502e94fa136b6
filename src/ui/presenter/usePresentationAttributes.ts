import { useEffect } from 'react';
import type { ViewSettings } from '../../core/viewSettings.ts';

/**
 * Puts the presenting parameters on <html> as `data-theme` and `data-embed`, so that one
 * stylesheet (presenter.css) switches the colour variables and the frame layout for the whole
 * page, the body's background included.
 */
export function usePresentationAttributes({ theme, embed, controls }: ViewSettings): void {
  useEffect(() => {
    const root = document.documentElement;
    root.dataset['theme'] = theme;
    if (embed) root.dataset['embed'] = controls ? 'controls' : 'figure';
    else delete root.dataset['embed'];
  }, [theme, embed, controls]);
}
