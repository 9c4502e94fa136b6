import type { Page } from '@playwright/test';

/**
 * The sizes the teacher's room is checked at (issue 12): a lecture laptop, a slide at 720p and
 * 1080p in both themes, a tablet and a phone. Shared by e2e/geometry.spec.ts (which asserts)
 * and scripts/screenshots.ts (which saves a picture of each case).
 */
export interface GeometrySize {
  readonly name: string;
  readonly widthPx: number;
  readonly heightPx: number;
  /** Extra address parameters: embed=1, the theme. */
  readonly query: string;
  readonly embedded: boolean;
  /** A touch screen: no sideways scroll allowed, Run and the timeline on the first screen. */
  readonly handheld: boolean;
}

export const GEOMETRY_SIZES: readonly GeometrySize[] = [
  {
    name: 'laptop-1366x768',
    widthPx: 1366,
    heightPx: 768,
    query: '',
    embedded: false,
    handheld: false,
  },
  {
    name: 'embed-1280x720',
    widthPx: 1280,
    heightPx: 720,
    query: '&embed=1',
    embedded: true,
    handheld: false,
  },
  {
    name: 'embed-1280x720-projector',
    widthPx: 1280,
    heightPx: 720,
    query: '&embed=1&theme=projector',
    embedded: true,
    handheld: false,
  },
  {
    name: 'embed-1920x1080',
    widthPx: 1920,
    heightPx: 1080,
    query: '&embed=1',
    embedded: true,
    handheld: false,
  },
  {
    name: 'embed-1920x1080-projector',
    widthPx: 1920,
    heightPx: 1080,
    query: '&embed=1&theme=projector',
    embedded: true,
    handheld: false,
  },
  {
    name: 'tablet-768x1024',
    widthPx: 768,
    heightPx: 1024,
    query: '',
    embedded: false,
    handheld: true,
  },
  {
    name: 'phone-390x844',
    widthPx: 390,
    heightPx: 844,
    query: '',
    embedded: false,
    handheld: true,
  },
];

/** A lab as a speaker would open it; `faults` adds failures and retries. */
export interface GeometryLab {
  readonly name: string;
  readonly query: string;
}

const FAULTS = '&error=*:25&retries=2&seed=4';

export const GEOMETRY_LABS: readonly GeometryLab[] = [
  { name: 'fanout', query: '?lab=fanout' },
  { name: 'fanout-faults', query: `?lab=fanout&model=worker-pool&limit=2${FAULTS}` },
  { name: 'compare', query: '?lab=compare' },
  { name: 'compare-faults', query: `?lab=compare${FAULTS}` },
  { name: 'server', query: '?lab=server&preset=talk-sync-processes' },
];

/** The address of one case: the lab, the size's parameters, and a quick autorun. */
export function geometryAddress(lab: GeometryLab, size: GeometrySize): string {
  return `/${lab.query}${size.query}&autorun=1&speed=20`;
}

/** What a case measures once its run is done (CSS px, at scroll position 0). */
export interface Geometry {
  readonly innerWidthPx: number;
  readonly innerHeightPx: number;
  readonly scrollWidthPx: number;
  readonly scrollHeightPx: number;
  /** Every timeline canvas shown (Compare has one per model), in document order. */
  readonly canvases: ReadonlyArray<{ readonly topPx: number; readonly heightPx: number }>;
  /**
   * Number and label elements of the numbers strips whose text is wider than their box (block
   * elements only: an inline span's clientWidth is 0).
   */
  readonly overflowing: readonly string[];
}

/** Waits for the autorun to finish (every lab's status says `done`). */
export async function waitForRunDone(page: Page): Promise<void> {
  await page
    .getByTestId('run-status')
    .filter({ hasText: 'done' })
    .first()
    .waitFor({ timeout: 30_000 });
  // Layout settles after the last frame (the charts load lazily below the timeline).
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
  );
}

/** Reads the geometry of the page as it is now. */
export function measureGeometry(page: Page): Promise<Geometry> {
  return page.evaluate(() => {
    const root = document.documentElement;
    const shown = Array.from(
      document.querySelectorAll<HTMLCanvasElement>('.timeline__canvas'),
    ).filter((canvas) => canvas.getClientRects().length > 0);
    const canvases = shown.map((canvas) => {
      const rect = canvas.getBoundingClientRect();
      return { topPx: rect.top + window.scrollY, heightPx: rect.height };
    });
    const overflowing = Array.from(
      document.querySelectorAll<HTMLElement>(
        '.run-numbers__label, .run-numbers__value, .run-numbers__summary, .compare-lane__result',
      ),
    )
      .filter((el) => el.getClientRects().length > 0 && el.scrollWidth > el.clientWidth + 1)
      .map(
        (el) => `${el.className}: ${el.textContent ?? ''} (${el.scrollWidth} > ${el.clientWidth})`,
      );
    return {
      innerWidthPx: window.innerWidth,
      innerHeightPx: window.innerHeight,
      scrollWidthPx: root.scrollWidth,
      scrollHeightPx: root.scrollHeight,
      canvases,
      overflowing,
    };
  });
}

/** The share (0..1) of a box from `topPx` of `heightPx` that a viewport of `viewportPx` shows. */
export function visibleShare(topPx: number, heightPx: number, viewportPx: number): number {
  if (heightPx <= 0) return 0;
  const shownPx = Math.min(topPx + heightPx, viewportPx) - Math.max(topPx, 0);
  return Math.max(0, shownPx) / heightPx;
}

/**
 * The share (0..1) of the first timeline canvas's height that its drawn rows span: from the
 * first to the last pixel row in which coloured bars (saturated pixels) cover at least 5 % of the
 * width. Grid lines, text and the one-pixel predicted line are grey or too narrow to count.
 */
export function drawnRowsShare(page: Page): Promise<number> {
  return page.evaluate(() => {
    const canvas = document.querySelector<HTMLCanvasElement>('.timeline__canvas');
    const context = canvas?.getContext('2d');
    if (!canvas || !context || canvas.height === 0) return 0;
    const { width, height } = canvas;
    const pixels = context.getImageData(0, 0, width, height).data;
    let first = -1;
    let last = -1;
    for (let y = 0; y < height; y += 1) {
      let coloured = 0;
      for (let x = 0; x < width; x += 1) {
        const i = (y * width + x) * 4;
        const r = pixels[i] ?? 0;
        const g = pixels[i + 1] ?? 0;
        const b = pixels[i + 2] ?? 0;
        if (Math.max(r, g, b) - Math.min(r, g, b) > 50) coloured += 1;
      }
      if (coloured >= width * 0.05) {
        if (first < 0) first = y;
        last = y;
      }
    }
    return first < 0 ? 0 : (last - first + 1) / height;
  });
}
