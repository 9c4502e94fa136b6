import { useEffect, useMemo, useState } from 'react';
import type { LiveScalePlan } from '../../core/live/liveTimeScale.ts';
import { planLiveLanes } from '../../core/live/planLiveLanes.ts';
import { pageCapacityOf } from '../../core/live/pageCapacityOf.ts';
import type { Calibration } from '../../core/liveTypes.ts';
import { MODEL_NAMES } from '../../core/modelSpec.ts';
import { planScenario } from '../../core/planScenario.ts';
import type { Scenario } from '../../core/scenario.ts';
import { encodeScenario } from '../../core/urlCodec.ts';
import { virtualLanesOf } from '../run/liveScalePlanOf.ts';

export interface LiveScaleState {
  /** The person's scale for this scenario, or null for the planner's. */
  readonly chosenScale: number | null;
  readonly choose: (scale: number | null) => void;
  /** The planner's own pick, for "auto (…)"; null until planned or when not live. */
  readonly autoScale: number | null;
  /** The plan the next run will follow (the choice, checked); null until planned or not live. */
  readonly plan: LiveScalePlan | null;
}

interface Planned {
  readonly key: string;
  readonly auto: LiveScalePlan;
  readonly chosen: number | null;
  readonly plan: LiveScalePlan;
}

/**
 * A Fan-out or Compare lab's live time scale: the person's choice and the plan shown before Run.
 *
 * The choice is this lab's state, not a URL parameter (as the Server lab's scale): the right
 * scale depends on this machine's page, and a shared link should not force one. It resets to
 * auto whenever the scenario changes (its address). The plan is made from the scenario's virtual
 * run (`lanes`: the lab's one model, or every model for Compare) while the lab is idle; never
 * during a run, whose main thread belongs to the mocks. `setLiveScale` tells the controller, so
 * every way of starting a run (Run, keys, a slide deck, autorun) uses the choice.
 */
export function useLiveScale(options: {
  readonly scenario: Scenario;
  readonly lanes: 'one' | 'every';
  readonly calibration: Calibration | null;
  /** Plan now: the engine is live and no run is going. */
  readonly enabled: boolean;
  readonly setLiveScale: (scale: number | null) => void;
}): LiveScaleState {
  const { scenario, lanes, calibration, enabled, setLiveScale } = options;
  const key = useMemo(() => encodeScenario(scenario), [scenario]);
  const [choice, setChoice] = useState<{ key: string; scale: number | null }>({
    key,
    scale: null,
  });
  const chosenScale = choice.key === key ? choice.scale : null;
  useEffect(() => setLiveScale(chosenScale), [setLiveScale, chosenScale]);

  const [planned, setPlanned] = useState<Planned | null>(null);
  useEffect(() => {
    if (!enabled) return undefined;
    let current = true;
    const plan = planScenario(scenario);
    const specs =
      lanes === 'one' ? [plan.spec] : MODEL_NAMES.map((model) => plan.under(model).spec);
    void virtualLanesOf(scenario, plan, specs).then((sends) => {
      if (!current || sends === null) return;
      const capacity = pageCapacityOf(calibration);
      const auto = planLiveLanes(sends, capacity);
      const chosen = chosenScale === null ? auto : planLiveLanes(sends, capacity, chosenScale);
      if (auto === null || chosen === null) return;
      setPlanned({ key, auto, chosen: chosenScale, plan: chosen });
    });
    return () => {
      current = false;
    };
  }, [enabled, scenario, lanes, calibration, chosenScale, key]);

  // A plan made for another scenario or choice is not shown (it would say the wrong thing).
  const fresh =
    planned !== null && planned.key === key && planned.chosen === chosenScale ? planned : null;
  return {
    chosenScale,
    choose: (scale) => setChoice({ key, scale }),
    autoScale: fresh?.auto.timeScale ?? null,
    plan: fresh?.plan ?? null,
  };
}
