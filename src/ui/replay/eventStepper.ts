/** The part of a timer API the stepper needs (the browser's in the app, a fake in tests). */
export interface StepTimers {
  setInterval(callback: () => void, ms: number): number;
  clearInterval(handle: number): void;
}

/** How long each event stays on screen when a replay plays in steps (reduced motion). */
export const REDUCED_MOTION_STEP_MS = 600;

export interface EventStepperOptions {
  /** Moves the cursor to the next event; returns false when there is nothing left to show. */
  readonly step: () => boolean;
  /** Told whenever the stepper starts or stops (the bar shows Play or Pause from it). */
  readonly onRunningChange: (running: boolean) => void;
  readonly timers: StepTimers;
  /** Default REDUCED_MOTION_STEP_MS. */
  readonly intervalMs?: number;
}

export interface EventStepper {
  /** Starts stepping; with `stepNow`, the first step happens at once (Play answers at once). */
  start(stepNow: boolean): void;
  stop(): void;
  isRunning(): boolean;
}

/**
 * Play for people who asked for reduced motion: instead of a cursor gliding across the timeline,
 * the replay jumps from event to event on a slow timer, and stops by itself after the last one.
 */
export function createEventStepper(options: EventStepperOptions): EventStepper {
  const intervalMs = options.intervalMs ?? REDUCED_MOTION_STEP_MS;
  let handle: number | null = null;
  let running = false;

  const stop = (): void => {
    if (handle !== null) options.timers.clearInterval(handle);
    handle = null;
    if (!running) return;
    running = false;
    options.onRunningChange(false);
  };

  const tick = (): void => {
    if (!options.step()) stop();
  };

  return {
    start: (stepNow) => {
      if (running) return;
      running = true;
      options.onRunningChange(true);
      if (stepNow) tick();
      // The first step may already have been the last one.
      if (running) handle = options.timers.setInterval(tick, intervalMs);
    },
    stop,
    isRunning: () => running,
  };
}
