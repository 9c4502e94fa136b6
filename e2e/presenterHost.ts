import { expect, type FrameLocator, type Page } from '@playwright/test';

/** An event the lab posted to its parent (docs/embedding.md). */
export interface LabEvent {
  readonly type: string;
  readonly [field: string]: unknown;
}

/** What examples/host.ts puts on the host's window. */
interface HostWindow {
  readonly overlapEvents: LabEvent[];
  readonly sendToLab: (message: unknown) => void;
}

export interface HostOptions {
  readonly width?: number;
  readonly height?: number;
  /** Pushes the frame this many px down the host page (below the fold). */
  readonly offset?: number;
}

/**
 * The plain host page (examples/host.html) with the lab in its iframe: what the lab posts is
 * collected in order by the page, and anything at all can be posted to the lab.
 */
export class HostPage {
  readonly lab: FrameLocator;

  constructor(readonly page: Page) {
    this.lab = page.frameLocator('#lab');
  }

  /** Opens the host with the lab at `query` and waits for the lab's `overlap:ready`. */
  async goto(query: string, options: HostOptions = {}): Promise<LabEvent> {
    const params = new URLSearchParams({ lab: query });
    if (options.width !== undefined) params.set('width', String(options.width));
    if (options.height !== undefined) params.set('height', String(options.height));
    if (options.offset !== undefined) params.set('offset', String(options.offset));
    await this.page.goto(`/examples/host.html?${params.toString()}`);
    return this.waitFor('overlap:ready');
  }

  /** Posts `message` to the lab's window, exactly as given (well-formed or not). */
  async send(message: unknown): Promise<void> {
    await this.page.evaluate((data) => (window as unknown as HostWindow).sendToLab(data), message);
  }

  async events(): Promise<LabEvent[]> {
    return this.page.evaluate(() => (window as unknown as HostWindow).overlapEvents);
  }

  /** The first event of `type` after the first `after` events that satisfies `match`. */
  async waitFor(
    type: string,
    match: (event: LabEvent) => boolean = () => true,
    after = 0,
    timeoutMs?: number,
  ): Promise<LabEvent> {
    let found: LabEvent | undefined;
    await expect
      .poll(
        async () => {
          found = (await this.events()).slice(after).find((e) => e.type === type && match(e));
          return found !== undefined;
        },
        { message: `waiting for the lab's ${type} event`, timeout: timeoutMs },
      )
      .toBe(true);
    return found as LabEvent;
  }

  /**
   * Unloads the frame and loads it again from the same address, as reveal.js does with a slide's
   * iframe far from the current slide (src removed, then set back); waits for the new ready.
   */
  async reloadLab(): Promise<LabEvent> {
    const before = (await this.events()).length;
    await this.page.locator('#lab').evaluate(async (frame: HTMLIFrameElement) => {
      const src = frame.src;
      frame.removeAttribute('src');
      await new Promise((resolve) => setTimeout(resolve, 100));
      frame.src = src;
    });
    // A whole page load on a loaded machine: more than the default 5 s of expect.
    return this.waitFor('overlap:ready', () => true, before, 20_000);
  }

  /** The cursor as the embed bar shows it, in ms. */
  async cursorMs(): Promise<number> {
    return Number(await this.lab.getByTestId('embed-cursor-ms').getAttribute('data-value'));
  }
}
