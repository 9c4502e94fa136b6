import type { Millis } from '../../core/clock.ts';
import type { ModelName } from '../../core/modelSpec.ts';
import type { EngineName, LabName } from '../../core/scenario.ts';
import type { ParamMessage } from '../../core/urlCodec.ts';
import type { Playback, RunStatus } from '../run/runSnapshot.ts';
import type { LabCommandType } from './labCommandBus.ts';
import type { RunSummary } from './runSummary.ts';

/**
 * The postMessage protocol between a parent page (a slide deck) and an embedded lab. Every
 * message is a plain object whose `type` starts with `overlap:`; docs/embedding.md is the
 * reference. This file is pure: parsing never throws, whatever arrives.
 */

/** Commands the parent may send. */
export type PresenterCommand =
  | { readonly type: 'overlap:run' }
  | { readonly type: 'overlap:pause' }
  | { readonly type: 'overlap:play' }
  | { readonly type: 'overlap:reset' }
  /** `direction` defaults to 1 (the next event). */
  | { readonly type: 'overlap:step'; readonly direction: 1 | -1 }
  | { readonly type: 'overlap:seek'; readonly ms: Millis }
  /** A query string as the address holds it (`model=worker-pool&limit=2`, `?` optional). */
  | { readonly type: 'overlap:set-scenario'; readonly query: string };

/** Events the lab posts to the parent. */
export type PresenterEvent =
  | {
      readonly type: 'overlap:ready';
      /** The shown lab, or null when it takes no commands. */
      readonly lab: LabName | null;
      /** The scenario's canonical query. */
      readonly query: string;
      /** The codec's messages about the frame's own address. */
      readonly messages: readonly ParamMessage[];
      /** The commands the shown lab takes (`run`, `step`...). */
      readonly commands: readonly LabCommandType[];
    }
  | {
      readonly type: 'overlap:run-started';
      readonly lab: LabName;
      readonly model: ModelName;
      readonly engine: EngineName;
    }
  | {
      readonly type: 'overlap:advanced';
      readonly nowMs: Millis;
      readonly status: RunStatus;
      readonly playback: Playback;
    }
  | { readonly type: 'overlap:run-finished'; readonly summary: RunSummary }
  | {
      readonly type: 'overlap:scenario-set';
      readonly query: string;
      readonly messages: readonly ParamMessage[];
    }
  | { readonly type: 'overlap:error'; readonly message: string; readonly command?: string }
  /**
   * A key pressed in the frame that the lab does not use (keyHandoff.ts): the deck acts on it
   * as if pressed on the deck (next, previous, overview, full screen, speaker notes).
   */
  | {
      readonly type: 'overlap:key';
      /** KeyboardEvent.key: 'ArrowRight', 'PageDown', 'Escape', 'f'... */
      readonly key: string;
      /** KeyboardEvent.code: the physical key, 'KeyF'. */
      readonly code: string;
      readonly shiftKey: boolean;
      /** Held down (auto-repeat). */
      readonly repeat: boolean;
    };

/** The longest query `overlap:set-scenario` takes (a long call list written out fits). */
export const MAX_QUERY_CHARS = 200_000;

function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** An own property only: a message's prototype chain is never consulted. */
function own(record: Readonly<Record<string, unknown>>, key: string): unknown {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

/**
 * The command `data` holds, or null for anything else: not an object, an unknown type, or a
 * known type with a missing or wrong field. Extra fields are ignored.
 */
export function parseCommand(data: unknown): PresenterCommand | null {
  if (!isRecord(data)) return null;
  const type = own(data, 'type');
  if (typeof type !== 'string') return null;
  switch (type) {
    case 'overlap:run':
    case 'overlap:pause':
    case 'overlap:play':
    case 'overlap:reset':
      return { type };
    case 'overlap:step': {
      const direction = own(data, 'direction');
      if (direction === undefined) return { type, direction: 1 };
      return direction === 1 || direction === -1 ? { type, direction } : null;
    }
    case 'overlap:seek': {
      const ms = own(data, 'ms');
      return typeof ms === 'number' && Number.isFinite(ms) && ms >= 0 ? { type, ms } : null;
    }
    case 'overlap:set-scenario': {
      const query = own(data, 'query');
      return typeof query === 'string' && query.length <= MAX_QUERY_CHARS ? { type, query } : null;
    }
    default:
      return null;
  }
}
