import type { ModelName } from '../../core/modelSpec.ts';
import type { CodePhase } from './codePhase.ts';

export type CodeLanguage = 'typescript' | 'python';

/** For each phase, a piece of text that only the line to highlight contains. */
export type PhaseMarkers = Readonly<Partial<Record<CodePhase, string>>>;

/**
 * Which line each phase marks, found by content, never by line number: the sources change
 * (the TypeScript is the engine's own file). The tests check that every marker matches exactly
 * one line of its listing, so an edit that moves or rewords a marked line fails them.
 */
export const CODE_MARKERS: Readonly<
  Record<CodeLanguage, Readonly<Record<ModelName, PhaseMarkers>>>
> = {
  typescript: {
    sequential: { response: 'await ctx.send(' },
    'promise-all': { response: 'await Promise.all(' },
    'worker-pool': { slot: 'await pool.acquire()', response: 'await ctx.send(' },
    throttled: {
      slot: 'await pool.acquire()',
      throttle: 'ctx.waitForTurn(',
      response: 'await Promise.all(',
    },
    batches: { response: 'await Promise.all(' },
    offload: { work: 'ctx.work(', response: 'await Promise.all(' },
  },
  python: {
    sequential: { response: 'requests.get(' },
    'promise-all': { response: 'await asyncio.gather(' },
    'worker-pool': { slot: 'pool.map(', response: 'requests.get(' },
    throttled: {
      slot: 'await bound.acquire()',
      throttle: 'await asyncio.sleep(',
      response: 'await asyncio.gather(',
    },
    batches: { response: 'await asyncio.gather(' },
    offload: { work: 'render_report()', response: 'calls.result()' },
  },
};
