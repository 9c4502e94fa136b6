import type { EngineName } from '../../core/scenario.ts';

/**
 * The engines whose runs happen in real time, with real fetch() calls answered while the page
 * draws: live (MSW on this main thread) and network (Overlap's server; the page still reads
 * each body on its main thread, so drawing charts mid-run would delay the answers it measures).
 * Their runs cannot be paused, and the charts wait for their end.
 */
export function isRealTimeEngine(engine: EngineName | null): boolean {
  return engine === 'live' || engine === 'network';
}
