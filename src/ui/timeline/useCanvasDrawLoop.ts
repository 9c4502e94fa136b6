import { useEffect, useRef, type RefObject } from 'react';

/** True when both objects hold the same values (`Object.is`) under the same keys. */
function sameInputs(a: object, b: object): boolean {
  const aKeys = Object.keys(a);
  if (aKeys.length !== Object.keys(b).length) return false;
  const aRecord = a as Record<string, unknown>;
  const bRecord = b as Record<string, unknown>;
  return aKeys.every((key) => key in bRecord && Object.is(aRecord[key], bRecord[key]));
}

/**
 * Draws a canvas in a requestAnimationFrame only when an input changed; several changes within
 * one frame draw once, from the latest inputs. `inputs` is a flat object of everything a draw
 * reads: a draw is scheduled whenever one of its values changes (`Object.is`), like an effect
 * whose dependencies are those values.
 */
export function useCanvasDrawLoop<T extends object>(
  canvasRef: RefObject<HTMLCanvasElement | null>,
  inputs: T,
  draw: (canvas: HTMLCanvasElement, inputs: T) => void,
): void {
  const drawRequest = useRef(0);
  // The latest inputs, read by the pending draw. A new input never cancels a scheduled draw: a
  // run publishes from its own animation frame, before the draw's, and re-scheduling on every
  // publish would push the draw to the next frame forever (nothing drawn until the run ends).
  const latest = useRef<T | null>(null);
  useEffect(() => {
    if (latest.current !== null && sameInputs(latest.current, inputs)) return;
    latest.current = inputs;
    if (drawRequest.current !== 0) return;
    drawRequest.current = requestAnimationFrame(() => {
      drawRequest.current = 0;
      const canvas = canvasRef.current;
      if (canvas && latest.current) draw(canvas, latest.current);
    });
  });
  useEffect(
    () => () => {
      cancelAnimationFrame(drawRequest.current);
      // StrictMode runs effects twice: a stale id would block every later draw, and stale inputs
      // would skip the remounted component's first draw.
      drawRequest.current = 0;
      latest.current = null;
    },
    [],
  );
}
