import type { LabCommand, LabCommandHandler, LabRunState } from '../labCommandBus.ts';
import type { RunSummary } from '../runSummary.ts';

export const IDLE: LabRunState = {
  status: 'idle',
  playback: 'stopped',
  seekable: false,
  nowMs: 0,
  error: null,
};

/** A lab for tests: its state is set by hand, and it records every command it receives. */
export function fakeLab(options: { replay?: boolean; summary?: RunSummary | null } = {}) {
  let state = IDLE;
  const listeners = new Set<() => void>();
  const received: LabCommand[] = [];
  const replay = options.replay ?? true;
  const handler: LabCommandHandler = {
    lab: 'fanout',
    run: () => received.push({ type: 'run' }),
    reset: () => received.push({ type: 'reset' }),
    ...(replay
      ? {
          pause: () => received.push({ type: 'pause' }),
          play: () => received.push({ type: 'play' }),
          step: (direction: 1 | -1) => received.push({ type: 'step', direction }),
          seek: (ms: number) => received.push({ type: 'seek', ms }),
        }
      : {}),
    getState: () => state,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getSummary: () => (state.status === 'done' ? (options.summary ?? null) : null),
  };
  return {
    handler,
    received,
    set(next: Partial<LabRunState>): void {
      state = { ...state, ...next };
      for (const listener of listeners) listener();
    },
  };
}

export const SUMMARY: RunSummary = {
  lab: 'fanout',
  model: 'sequential',
  engine: 'virtual',
  makespanMs: 1250,
  predictedMakespanMs: 1250,
  peakInFlight: 1,
  totalWaitMs: 1250,
  calls: [],
};
