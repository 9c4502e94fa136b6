import { useEffect, useMemo, useState } from 'react';
import type { Scenario } from '../../core/scenario.ts';
import { repeatLimitProblem } from '../../core/tails/repeatFanOut.ts';
import { tailReport, type TailReport } from '../../core/tails/tailReport.ts';
import { encodeScenario } from '../../core/urlCodec.ts';

/** The tails view's state: computing, done, or why it cannot run. */
export type TailReportState =
  | { readonly status: 'computing' }
  | { readonly status: 'done'; readonly report: TailReport }
  | { readonly status: 'refused'; readonly message: string };

/**
 * The repetitions of `scenario` (null: none), computed after the page has painted the run: a
 * 100,000 x 100 run takes about a second on the main thread, so the "computing" line shows
 * first. A newer scenario supersedes a report still being computed. Pass a stable object (the
 * run's recorded scenario): a new one starts the work again.
 */
export function useTailReport(scenario: Scenario | null): TailReportState | null {
  const key = scenario === null ? null : encodeScenario(scenario);
  const [state, setState] = useState<{ key: string; value: TailReportState } | null>(null);
  const problem = useMemo(
    () => (scenario === null ? null : repeatLimitProblem(scenario)),
    [scenario],
  );
  useEffect(() => {
    if (scenario === null || key === null || problem !== null) return undefined;
    let current = true;
    // A macrotask, so the timeline and the "computing" line are on screen before the work.
    const timer = setTimeout(() => {
      void tailReport(scenario).then(
        (report) => {
          if (current) setState({ key, value: { status: 'done', report } });
        },
        (error: unknown) => {
          if (current) {
            const message = error instanceof Error ? error.message : String(error);
            setState({ key, value: { status: 'refused', message } });
          }
        },
      );
    }, 0);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [scenario, key, problem]);
  if (key === null) return null;
  if (problem !== null) return { status: 'refused', message: problem };
  return state?.key === key ? state.value : { status: 'computing' };
}
