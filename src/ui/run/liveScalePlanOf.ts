import { copyLimitProblem } from '../../core/faults/copyLimitProblem.ts';
import { MAX_LIVE_CALLS } from '../../core/limits.ts';
import type { LiveScalePlan } from '../../core/live/liveTimeScale.ts';
import { pageCapacityOf } from '../../core/live/pageCapacityOf.ts';
import { planLiveLanes } from '../../core/live/planLiveLanes.ts';
import { plannedSendsOf, type VirtualSends } from '../../core/live/plannedSendsOf.ts';
import type { Calibration } from '../../core/liveTypes.ts';
import type { WireModel } from '../../core/connectionPool.ts';
import type { ModelSpec } from '../../core/modelSpec.ts';
import type { ScenarioPlan } from '../../core/planScenario.ts';
import type { Scenario } from '../../core/scenario.ts';
import { simulateFanOut } from '../../core/simulate.ts';

/**
 * What each lane's live run will send: its model run on the virtual engine (instant: the same
 * calls, faults and policy the live run replays, so the same copies), its sends read off. Null
 * when the scenario cannot run live at all (more calls or copies than a live run sends): the
 * run refuses it and says why.
 */
export async function virtualLanesOf(
  scenario: Scenario,
  plan: ScenarioPlan,
  specs: readonly ModelSpec[],
  /** The browser's connections, for a network run (its answers queue behind them); none live. */
  wire: WireModel | null = null,
): Promise<VirtualSends[] | null> {
  if (plan.planned.length > MAX_LIVE_CALLS || copyLimitProblem(scenario) !== null) return null;
  const { faults } = plan;
  const lanes: VirtualSends[] = [];
  for (const spec of specs) {
    const trace = await simulateFanOut(plan.planned, spec, {
      ...(faults ? { faults } : {}),
      ...(wire ? { wire } : {}),
    });
    lanes.push(plannedSendsOf(trace));
  }
  return lanes;
}

/**
 * The time scale a live Fan-out or Compare run will use and what it asks of this page: one scale
 * for every lane (planLiveLanes) from their virtual runs. `chosenScale` null lets the planner
 * choose. Null when the scenario cannot run live (see virtualLanesOf).
 *
 * The lab plans before a run (to show the plan) and the run controller at the run's start (with
 * the calibration known then), so both say the same for the same calibration.
 */
export async function liveScalePlanOf(
  scenario: Scenario,
  plan: ScenarioPlan,
  specs: readonly ModelSpec[],
  calibration: Calibration | null,
  chosenScale: number | null,
): Promise<LiveScalePlan | null> {
  const lanes = await virtualLanesOf(scenario, plan, specs);
  return lanes === null ? null : planLiveLanes(lanes, pageCapacityOf(calibration), chosenScale);
}
