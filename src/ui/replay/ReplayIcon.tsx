/** The replay buttons' glyphs as inline SVG: emoji media symbols render differently everywhere. */
export type ReplayIconName = 'previous' | 'play' | 'pause' | 'next';

const PATHS: Record<ReplayIconName, string> = {
  previous: 'M3 3h2v10H3zM13 3v10L6 8z',
  play: 'M4 2.5v11L13.5 8z',
  pause: 'M3.5 3h3v10h-3zM9.5 3h3v10h-3z',
  next: 'M11 3h2v10h-2zM3 3v10l7-5z',
};

export function ReplayIcon({ name }: { readonly name: ReplayIconName }) {
  return (
    <svg className="replay__icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path d={PATHS[name]} fill="currentColor" />
    </svg>
  );
}
