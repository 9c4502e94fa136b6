/**
 * The page's colours: `auto` follows the person's light or dark preference; `projector` is large
 * type, high contrast and thick bars for a washed-out beamer.
 */
export const THEME_NAMES = ['auto', 'light', 'dark', 'projector'] as const;
export type ThemeName = (typeof THEME_NAMES)[number];

/** Presenting (docs/embedding.md): how the page shows the lab, never what a run computes. */
export interface ViewSettings {
  /** The lab without site chrome, sized to its frame (a slide's iframe). */
  readonly embed: boolean;
  /** Show Run, Reset and the model choice; false makes a hands-off figure. */
  readonly controls: boolean;
  /**
   * Passive frame (`still=1`): the lab takes no keys at all and never takes focus; any key that
   * lands in it anyway (after a click) is handed to the host page (`overlap:key`).
   */
  readonly still: boolean;
  readonly theme: ThemeName;
  /**
   * The one parent origin (`https://slides.example`) whose messages drive the lab and to which
   * its events are posted; null accepts any parent and posts events to any.
   */
  readonly origin: string | null;
}

export const DEFAULT_VIEW: ViewSettings = {
  embed: false,
  controls: true,
  still: false,
  theme: 'auto',
  origin: null,
};
