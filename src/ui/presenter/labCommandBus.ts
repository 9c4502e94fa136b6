import type { Millis } from '../../core/clock.ts';
import type { LabName } from '../../core/scenario.ts';
import type { Playback, RunStatus } from '../run/runSnapshot.ts';
import type { RunSummary } from './runSummary.ts';

/** What the shell (keyboard, postMessage, visibility) may ask of whichever lab is shown. */
export type LabCommand =
  | { readonly type: 'run' }
  | { readonly type: 'pause' }
  | { readonly type: 'play' }
  | { readonly type: 'reset' }
  | { readonly type: 'step'; readonly direction: 1 | -1 }
  | { readonly type: 'seek'; readonly ms: Millis };

export type LabCommandType = LabCommand['type'];

/** The shown lab's run, as the shell needs it (a new object whenever anything changed). */
export interface LabRunState {
  readonly status: RunStatus;
  /** 'stopped' too for a lab that cannot pause (its run plays to the end). */
  readonly playback: Playback;
  /** The cursor can be moved: the timeline is fully known. */
  readonly seekable: boolean;
  readonly nowMs: Millis;
  /** Why the last run failed, or null. */
  readonly error: string | null;
}

/**
 * What a lab registers. `run` and `reset` every lab has; the replay commands only a lab whose
 * controller supports them (absent: the command is reported as unsupported and ignored).
 */
export interface LabCommandHandler {
  readonly lab: LabName;
  readonly run: () => void;
  readonly reset: () => void;
  readonly pause?: () => void;
  readonly play?: () => void;
  readonly step?: (direction: 1 | -1) => void;
  readonly seek?: (ms: Millis) => void;
  readonly getState: () => LabRunState;
  /** Calls `listener` after every change of the state (synchronously, like the controllers). */
  readonly subscribe: (listener: () => void) => () => void;
  /** The finished run's figures, or null before a run is done. */
  readonly getSummary: () => RunSummary | null;
}

/** Why a command did nothing: no lab takes commands, or the shown lab lacks this one. */
export type SendOutcome = 'done' | 'no-lab' | 'unsupported';

/**
 * The one channel between the shell and the shown lab: the lab registers a handler, the shell
 * sends commands and watches the run. Framework-free (the React side is labCommands.ts).
 */
export interface LabCommandBus {
  /** Makes `handler` the shown lab's; returns the unregistration (a later register wins). */
  readonly register: (handler: LabCommandHandler) => () => void;
  readonly send: (command: LabCommand) => SendOutcome;
  /** Which commands the shown lab takes (empty when no lab is registered). */
  readonly supported: () => readonly LabCommandType[];
  readonly lab: () => LabName | null;
  readonly state: () => LabRunState | null;
  readonly summary: () => RunSummary | null;
  /** Called after every state change of the shown lab, and when the shown lab changes. */
  readonly subscribe: (listener: () => void) => () => void;
}

const OPTIONAL = ['pause', 'play', 'step', 'seek'] as const;

export function createLabCommandBus(): LabCommandBus {
  let current: { handler: LabCommandHandler; unsubscribe: () => void } | null = null;
  const listeners = new Set<() => void>();
  const notify = (): void => {
    for (const listener of listeners) listener();
  };

  return {
    register: (handler) => {
      current?.unsubscribe();
      const entry = { handler, unsubscribe: handler.subscribe(notify) };
      current = entry;
      notify();
      return () => {
        if (current !== entry) return;
        entry.unsubscribe();
        current = null;
        notify();
      };
    },
    send: (command) => {
      const handler = current?.handler;
      if (!handler) return 'no-lab';
      switch (command.type) {
        case 'run':
          handler.run();
          return 'done';
        case 'reset':
          handler.reset();
          return 'done';
        case 'pause':
        case 'play': {
          const action = handler[command.type];
          if (!action) return 'unsupported';
          action();
          return 'done';
        }
        case 'step':
          if (!handler.step) return 'unsupported';
          handler.step(command.direction);
          return 'done';
        case 'seek':
          if (!handler.seek) return 'unsupported';
          handler.seek(command.ms);
          return 'done';
      }
    },
    supported: () => {
      const handler = current?.handler;
      if (!handler) return [];
      return ['run', 'reset', ...OPTIONAL.filter((name) => handler[name] !== undefined)];
    },
    lab: () => current?.handler.lab ?? null,
    state: () => current?.handler.getState() ?? null,
    summary: () => current?.handler.getSummary() ?? null,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
