import type { Millis } from '../../core/clock.ts';
import type { EngineName } from '../../core/scenario.ts';
import type { LabRunState } from './labCommandBus.ts';

/**
 * What an embedded lab remembers across a reload of its frame (a reveal.js slide unloads and
 * reloads its iframes as the deck moves): the scenario shown and where the last run's cursor
 * stood. Kept in sessionStorage under the frame's address as it was loaded, so the same slide
 * finds it again and another frame (another address) does not. Pure: the hook
 * (useFrameMemory.ts) reads and writes the storage.
 */
export interface FrameMemory {
  /** The scenario's canonical query (the frame may have changed model since it loaded). */
  readonly query: string;
  /** 'done' or a held replay ('running' and paused): a run to bring back; 'idle': none. */
  readonly status: 'idle' | 'running' | 'done';
  /** The cursor, in ms from the run's start. */
  readonly nowMs: Millis;
}

/** The storage key of the frame loaded at `href`. */
export function frameMemoryKey(href: string): string {
  return `overlap:frame:${href}`;
}

/**
 * The memory worth keeping for this state, or null while a run is moving (playing or going
 * live): the last settled state stays remembered until the next one.
 */
export function memoryOf(state: LabRunState | null, query: string): FrameMemory | null {
  if (state === null) return { query, status: 'idle', nowMs: 0 };
  if (state.status === 'running' && state.playback !== 'paused') return null;
  if (state.status === 'idle' || state.error !== null) return { query, status: 'idle', nowMs: 0 };
  return { query, status: state.status, nowMs: state.nowMs };
}

/** The remembered state in `text`, or null for nothing or anything malformed. */
export function parseFrameMemory(text: string | null): FrameMemory | null {
  if (text === null) return null;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof data !== 'object' || data === null) return null;
  const { query, status, nowMs } = data as Record<string, unknown>;
  if (typeof query !== 'string') return null;
  if (status !== 'idle' && status !== 'running' && status !== 'done') return null;
  if (typeof nowMs !== 'number' || !Number.isFinite(nowMs) || nowMs < 0) return null;
  return { query, status, nowMs };
}

/** How a reloaded frame comes back: the scenario to show, and the run to replay and seek. */
export interface RestorePlan {
  /** The query to show instead of the address's, or null to keep the address's scenario. */
  readonly query: string | null;
  /**
   * Replay the run and put its cursor at `seekMs`. Only virtual runs come back: they are
   * deterministic (the same scenario and seed give the same timeline), a live run is not.
   */
  readonly seekMs: Millis | null;
  /** The run had finished: it is played to its end first (done, with its figures), then sought. */
  readonly finish: boolean;
}

export function restorePlan(
  memory: FrameMemory | null,
  currentQuery: string,
  engineOf: (query: string) => EngineName,
): RestorePlan {
  if (memory === null) return { query: null, seekMs: null, finish: false };
  const query = memory.query === currentQuery ? null : memory.query;
  const rerun = memory.status !== 'idle' && engineOf(memory.query) === 'virtual';
  return {
    query,
    seekMs: rerun ? memory.nowMs : null,
    finish: rerun && memory.status === 'done',
  };
}
