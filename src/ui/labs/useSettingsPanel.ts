import { useCallback, useId, useState } from 'react';

/**
 * Wide enough for the settings beside the run (lab.css's breakpoint, 64rem at the default 16 px
 * root size): below it, the settings are a drawer above the run, closed until asked for.
 */
export const SIDE_PANEL_QUERY = '(min-width: 64rem)';

export interface SettingsPanel {
  readonly open: boolean;
  readonly toggle: () => void;
  /** The panel's id, for the toggle's aria-controls. */
  readonly panelId: string;
}

/**
 * Whether a lab's settings are shown. They open by default where they fit beside the timeline
 * and start closed on a phone or tablet, so Run and the timeline are the first screen.
 */
export function useSettingsPanel(): SettingsPanel {
  const panelId = useId();
  const [open, setOpen] = useState(() => window.matchMedia(SIDE_PANEL_QUERY).matches);
  const toggle = useCallback(() => setOpen((wasOpen) => !wasOpen), []);
  return { open, toggle, panelId };
}
