import { useEffect, useState, type RefObject } from 'react';

/** An element's content-box size in CSS px and the screen's device pixel ratio. */
export interface ElementSize {
  readonly widthPx: number;
  readonly heightPx: number;
  readonly devicePixelRatio: number;
}

const UNMEASURED: ElementSize = { widthPx: 0, heightPx: 0, devicePixelRatio: 1 };

/**
 * Tracks an element's size (ResizeObserver; measure an element without borders, such as the
 * canvas itself, so that its box is exactly what gets drawn) and the device pixel ratio (browser zoom, or the
 * window moving to another screen, can change it without a resize). Stays 0 × 0 until measured.
 */
export function useElementSize(ref: RefObject<HTMLElement | null>): ElementSize {
  const [size, setSize] = useState<ElementSize>(UNMEASURED);
  useEffect(() => {
    const element = ref.current;
    if (!element) return undefined;
    let media: MediaQueryList | null = null;
    const measure = (): void => {
      const rect = element.getBoundingClientRect();
      const next = {
        widthPx: rect.width,
        heightPx: rect.height,
        devicePixelRatio: window.devicePixelRatio || 1,
      };
      setSize((previous) =>
        previous.widthPx === next.widthPx &&
        previous.heightPx === next.heightPx &&
        previous.devicePixelRatio === next.devicePixelRatio
          ? previous
          : next,
      );
    };
    // A resolution query matches only the current ratio: re-arm it after every change.
    const watchRatio = (): void => {
      media?.removeEventListener('change', onRatioChange);
      media = window.matchMedia(`(resolution: ${window.devicePixelRatio || 1}dppx)`);
      media.addEventListener('change', onRatioChange);
    };
    function onRatioChange(): void {
      measure();
      watchRatio();
    }
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    measure();
    watchRatio();
    return () => {
      observer.disconnect();
      media?.removeEventListener('change', onRatioChange);
    };
  }, [ref]);
  return size;
}
