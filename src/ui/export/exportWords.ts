import { runPlanOf, type ExportableRun } from '../../core/export/exportableRun.ts';
import type { ModelSpec } from '../../core/modelSpec.ts';
import type { Scenario } from '../../core/scenario.ts';
import { encodeScenario } from '../../core/urlCodec.ts';
import { formatDuration } from '../../core/format/formatDuration.ts';
import { faultSummary, hasFaultSettings } from '../controls/faultRules.ts';
import { modelInWords } from '../controls/modelInWords.ts';
import { shareLink } from './shareLink.ts';

/** The words a picture of a run carries, so that it explains itself away from the app. */
export interface ExportWords {
  /** The scenario in words: "Worker pool, limit 3 · 8 calls · 500s, 2 retries". */
  readonly title: string;
  /** What the run measured beside what theory predicted: "Makespan 750 ms · predicted 750 ms". */
  readonly caption: string;
  /** The address that reproduces the run (the scenario's canonical query, with its seed). */
  readonly link: string;
}

/**
 * The scenario in words, as the labs name its parts: the model with the settings the run used
 * (the Compare lab's lane heading), how many calls, and the failures and call policy (the
 * Failures section's one-line summary) when any is set.
 */
export function exportTitle(scenario: Scenario, model: ModelSpec): string {
  const count = scenario.fanOut.calls.length;
  const parts = [modelInWords(model), `${count} ${count === 1 ? 'call' : 'calls'}`];
  if (hasFaultSettings(scenario)) parts.push(faultSummary(scenario));
  return parts.join(' · ');
}

/** "Makespan 750 ms · predicted 750 ms", or says that there is no closed-form prediction. */
export function exportCaption(makespanMs: number, predictedMs: number | null): string {
  const predicted =
    predictedMs === null ? 'no closed-form prediction' : `predicted ${formatDuration(predictedMs)}`;
  return `Makespan ${formatDuration(makespanMs)} · ${predicted}`;
}

/**
 * The title, caption and link of `run`, whose page is at `pageUrl` (location.href). A Fan-out
 * run is titled by the model its plan used; a Server lab run (no such plan) by its scenario's.
 */
export function exportWords(run: ExportableRun, pageUrl: string): ExportWords {
  const plan = runPlanOf(run);
  const title = plan
    ? exportTitle(run.scenario, plan.spec)
    : `Server lab · ${run.scenario.server.requests} requests`;
  return {
    title,
    caption: exportCaption(run.trace.makespanMs, run.prediction?.makespanMs ?? null),
    link: shareLink(pageUrl, encodeScenario(run.scenario)),
  };
}
