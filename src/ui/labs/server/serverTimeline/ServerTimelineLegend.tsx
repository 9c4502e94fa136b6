import { ChartLegend } from '../../../charts/ChartLegend.tsx';
import type { Palette } from '../../../palette.ts';
import { serverTimelineColours } from './serverTimelineColours.ts';

/** What the timeline's colours mean, in words under it (the canvas labels its lanes too). */
export function ServerTimelineLegend({ palette }: { readonly palette: Palette }) {
  const colours = serverTimelineColours(palette);
  return (
    <ChartLegend
      items={[
        { label: 'a worker serving a request', colour: colours.served },
        {
          label: 'requests waiting at the client (height: how many)',
          colour: colours.atClient,
          opacity: colours.atClientAlpha,
        },
        {
          label: 'requests waiting at the server (for a worker)',
          colour: colours.atServer,
          opacity: colours.atServerAlpha,
        },
        { label: 'predicted makespan', colour: palette.predicted, outlined: true },
      ]}
    />
  );
}
