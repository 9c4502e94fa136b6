import { createContext, useContext, useEffect, useRef } from 'react';
import type { LabCommandBus, LabCommandHandler } from './labCommandBus.ts';

/** The shell's bus; null outside the shell (a lab rendered alone takes no commands). */
export const LabCommandContext = createContext<LabCommandBus | null>(null);

/**
 * Registers the lab as the one the shell drives, for as long as it is mounted. The handler may be
 * a new object every render (it closes over the current scenario): the bus gets one stable proxy
 * that always calls the latest handler, and is re-registered only when the lab's name or the set
 * of commands it supports changes.
 */
export function useLabCommands(handler: LabCommandHandler): void {
  const bus = useContext(LabCommandContext);
  const latest = useRef(handler);
  // Committed renders only: a summary taken between a render and its commit would describe a
  // scenario the page never showed.
  useEffect(() => {
    latest.current = handler;
  });
  const { lab } = handler;
  const canPause = handler.pause !== undefined;
  const canPlay = handler.play !== undefined;
  const canStep = handler.step !== undefined;
  const canSeek = handler.seek !== undefined;
  useEffect(() => {
    if (bus === null) return undefined;
    const call = latest;
    return bus.register({
      lab,
      run: () => call.current.run(),
      reset: () => call.current.reset(),
      ...(canPause ? { pause: () => call.current.pause?.() } : {}),
      ...(canPlay ? { play: () => call.current.play?.() } : {}),
      ...(canStep ? { step: (direction: 1 | -1) => call.current.step?.(direction) } : {}),
      ...(canSeek ? { seek: (ms: number) => call.current.seek?.(ms) } : {}),
      getState: () => call.current.getState(),
      subscribe: (listener) => call.current.subscribe(listener),
      getSummary: () => call.current.getSummary(),
    });
  }, [bus, lab, canPause, canPlay, canStep, canSeek]);
}
