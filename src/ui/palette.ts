/**
 * Colours shared by the canvas timeline and the charts, so a service has one colour everywhere.
 * Service hues: the first eight follow the Okabe-Ito palette (distinguishable with the common
 * colour-vision deficiencies), the next eight Paul Tol's muted scheme and its neighbours, tuned
 * per scheme against the background; every pair of the 16 stays at least 13 CIELAB ΔE (CIE76) apart
 * (palette.test.ts). Beyond 16 services the timeline stripes the hues (serviceVariants.ts).
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
  /** One hue per service (16), cycled by the service's first appearance in the call list. */
  readonly services: readonly string[];
  /**
   * How failed, rate-limited, cancelled and skipped calls are drawn (docs/faults.md). Optional so
   * that palettes written before faults existed still type-check; `failureColours` fills them in.
   */
  readonly failures?: FailureColours;
  /**
   * How a copy's wire phases (queued in the browser, connection set-up, download) are drawn, as
   * DevTools draws them; waiting for the first byte keeps the service's colour. Optional like
   * `failures`; `wireColours` fills it in.
   */
  readonly wire?: WireColours;
  /**
   * How strongly the canvases draw with this palette (type size, bar fill, line width); absent
   * means DEFAULT_EMPHASIS. The projector palette draws larger and bolder.
   */
  readonly emphasis?: DrawingEmphasis;
}

/** How strongly a theme draws: the projector theme uses bigger type, fuller bars, bolder lines. */
export interface DrawingEmphasis {
  /** Multiplies every canvas font size (before clamping). */
  readonly typeScale: number;
  /** The fraction of a row's height a bar fills (rows of 6 px and more; thinner rows are full). */
  readonly barFill: number;
  /** Multiplies the width of grid and axis lines (whole device pixels). */
  readonly lineScale: number;
}

export const DEFAULT_EMPHASIS: DrawingEmphasis = { typeScale: 1, barFill: 0.72, lineScale: 1 };

/** A dim beamer in a lit room: bars nearly fill their rows, type is a fifth larger, lines double. */
export const PROJECTOR_EMPHASIS: DrawingEmphasis = { typeScale: 1.2, barFill: 0.88, lineScale: 2 };

/** The palette's emphasis, DEFAULT_EMPHASIS when it has none. */
export function paletteEmphasis(palette: Palette): DrawingEmphasis {
  return palette.emphasis ?? DEFAULT_EMPHASIS;
}

/** The colours of the failure styles on the timeline and in its legend. */
export interface FailureColours {
  /** 500 and 504 copies, a timed-out copy's dashed outline, and the "request failed" line. */
  readonly failed: string;
  /** 429 copies (the rate limiter said "busy"): amber, a warning rather than an error. */
  readonly busy: string;
  /** Outline of copies the client withdrew (cancelled, a hedge's loser). */
  readonly cancelled: string;
  /** The mark of calls never sent. */
  readonly skipped: string;
}

// Red and amber were chosen for at least 3:1 against each background and to stay apart from
// the service hues (Okabe-Ito's vermillion is the nearest; failed bars add an end mark and a
// reduced-alpha fill, so they do not rely on hue alone).
export const LIGHT_FAILURES: FailureColours = {
  failed: '#c8102e',
  busy: '#b86e00',
  cancelled: '#6b7280',
  skipped: '#6b7280',
};

export const DARK_FAILURES: FailureColours = {
  failed: '#ff6b6b',
  busy: '#ffb347',
  cancelled: '#9aa1ab',
  skipped: '#9aa1ab',
};

/** For theme=projector (black on white, dim beamer): saturated and dark. */
export const PROJECTOR_FAILURES: FailureColours = {
  failed: '#c00000',
  busy: '#9a5b00',
  cancelled: '#3d424a',
  skipped: '#3d424a',
};

/**
 * The colours of a copy's wire phases (core's WirePhases), DevTools-like: the browser's queue is a
 * light grey hatched with a darker grey (waiting, not working, and not the model's own queue,
 * which is a thin strip in the service's colour); connection set-up is orange; the download is a
 * dark blue. Set-up and download are at least 3:1 against the background (palette.test.ts).
 */
export interface WireColours {
  /** Fill of the time queued in the browser (no free connection to the host). */
  readonly queued: string;
  /** The hatch lines over that fill. */
  readonly queuedHatch: string;
  /** Opening a connection (DNS, TCP, TLS). */
  readonly connect: string;
  /** From the first to the last byte of the answer. */
  readonly download: string;
}

export const LIGHT_WIRE: WireColours = {
  queued: '#dde1e6',
  queuedHatch: '#8a919b',
  connect: '#c45f00',
  download: '#15306b',
};

export const DARK_WIRE: WireColours = {
  queued: '#3a3f47',
  queuedHatch: '#7d8591',
  connect: '#ff9a3c',
  download: '#a9c4ff',
};

/** For theme=projector: a darker hatch and deeper hues that survive a washed-out beamer. */
export const PROJECTOR_WIRE: WireColours = {
  queued: '#d3d7dc',
  queuedHatch: '#4a515c',
  connect: '#a84f00',
  download: '#0b2458',
};

export const LIGHT_PALETTE: Palette = {
  background: '#ffffff',
  text: '#1b1e23',
  mutedText: '#4a515c',
  grid: '#e3e5e8',
  cursor: '#a3221b',
  work: '#5b616b',
  aborted: '#a3221b',
  predicted: '#1b1e23',
  failures: LIGHT_FAILURES,
  wire: LIGHT_WIRE,
  services: [
    '#0072b2',
    '#d55e00',
    '#009e73',
    '#cc79a7',
    '#8a6d00',
    '#56b4e9',
    '#6a3d9a',
    '#b8860b',
    '#882255',
    '#117733',
    '#2a8a7a',
    '#cc6677',
    '#332288',
    '#999933',
    '#5c6b80',
    '#7f3c00',
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
  failures: DARK_FAILURES,
  wire: DARK_WIRE,
  services: [
    '#56b4e9',
    '#f0a35e',
    '#3fd0a4',
    '#e59ccc',
    '#f0e442',
    '#9ad0f5',
    '#b79ad6',
    '#e0b55c',
    '#ee8899',
    '#bbbb55',
    '#dd88ee',
    '#ff7755',
    '#99dd66',
    '#c8a27c',
    '#8899ff',
    '#44bbaa',
  ],
};

/** The colour of service number `serviceIndex` (its order of first appearance). */
export function serviceColour(palette: Palette, serviceIndex: number): string {
  return palette.services[serviceIndex % palette.services.length] ?? palette.text;
}

/**
 * The palette's failure colours; for a palette without them (older or hand-made ones), derived
 * from its own colours so that failures still stand out: the aborted red, a fixed amber, muted grey.
 */
export function failureColours(palette: Palette): FailureColours {
  return (
    palette.failures ?? {
      failed: palette.aborted,
      busy: LIGHT_FAILURES.busy,
      cancelled: palette.mutedText,
      skipped: palette.mutedText,
    }
  );
}

/** The palette's wire colours; a palette without them (older or hand-made) gets the light ones. */
export function wireColours(palette: Palette): WireColours {
  return palette.wire ?? LIGHT_WIRE;
}
