/**
 * Colours shared by the canvas timeline and the charts, so a service has one colour everywhere.
 * Service hues follow the Okabe-Ito palette (distinguishable with the common colour-vision
 * deficiencies), tuned per scheme to keep at least 3:1 against the background.
 */
export interface Palette {
  readonly background: string;
  readonly text: string;
  readonly mutedText: string;
  readonly grid: string;
  /** The moving "now" cursor. */
  readonly cursor: string;
  /** Local work (offload). */
  readonly work: string;
  /** Outline of calls cut short (Reset, Stop). */
  readonly aborted: string;
  /** The predicted makespan marker. */
  readonly predicted: string;
  /** One hue per service, cycled by the service's first appearance in the call list. */
  readonly services: readonly string[];
}

export const LIGHT_PALETTE: Palette = {
  background: '#ffffff',
  text: '#1b1e23',
  mutedText: '#4a515c',
  grid: '#e3e5e8',
  cursor: '#a3221b',
  work: '#5b616b',
  aborted: '#a3221b',
  predicted: '#1b1e23',
  services: [
    '#0072b2',
    '#d55e00',
    '#009e73',
    '#cc79a7',
    '#8a6d00',
    '#56b4e9',
    '#6a3d9a',
    '#b8860b',
  ],
};

export const DARK_PALETTE: Palette = {
  background: '#1e2126',
  text: '#e9e7e3',
  mutedText: '#aeb5bf',
  grid: '#33383f',
  cursor: '#ff9d8f',
  work: '#9aa1ab',
  aborted: '#ff9d8f',
  predicted: '#e9e7e3',
  services: [
    '#56b4e9',
    '#f0a35e',
    '#3fd0a4',
    '#e59ccc',
    '#f0e442',
    '#9ad0f5',
    '#b79ad6',
    '#e0b55c',
  ],
};

/** The colour of service number `serviceIndex` (its order of first appearance). */
export function serviceColour(palette: Palette, serviceIndex: number): string {
  return palette.services[serviceIndex % palette.services.length] ?? palette.text;
}
