import { useEffect, useMemo, useState } from 'react';
import type { LiveScalePlan, PageCapacity } from '../../../../core/live/liveTimeScale.ts';
import { planServerLive } from '../../../../core/live/planServerLive.ts';
import type { ServerRunInput } from '../../../../core/server/serverRunInput.ts';
import { simulateServer } from '../../../../core/server/simulateServer.ts';
import type { ServerTrace } from '../../../../core/server/serverTrace.ts';

/** The planner's own choice, and the plan of the scale the run will use (the same when auto). */
export interface ServerLivePlans {
  readonly auto: LiveScalePlan;
  readonly chosen: LiveScalePlan;
}

/**
 * The live plans of `input` (null: no live run to plan), from its virtual run: simulated once
 * per input in the background (null until it is), planned again when the page's capacity or
 * the person's scale (null: auto) changes. Memoised: the lab re-renders every animation frame
 * of a run.
 */
export function useServerLivePlan(
  input: ServerRunInput | null,
  capacity: PageCapacity,
  chosenScale: number | null,
): ServerLivePlans | null {
  const [simulated, setSimulated] = useState<{
    input: ServerRunInput;
    trace: ServerTrace;
  } | null>(null);
  useEffect(() => {
    if (input === null) return undefined;
    let current = true;
    simulateServer(input).then(
      (trace) => {
        if (current) setSimulated({ input, trace });
      },
      // An input the engine refuses has no live run to plan; the run itself says why.
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [input]);
  const trace = input !== null && simulated?.input === input ? simulated.trace : null;
  const auto = useMemo(
    () => (trace === null ? null : planServerLive(trace, capacity)),
    [trace, capacity],
  );
  const chosen = useMemo(
    () =>
      trace === null || chosenScale === null ? auto : planServerLive(trace, capacity, chosenScale),
    [trace, capacity, chosenScale, auto],
  );
  return useMemo(
    () => (auto === null || chosen === null ? null : { auto, chosen }),
    [auto, chosen],
  );
}
