import { useCallback, useState } from 'react';
import type { Scenario } from '../../core/scenario.ts';

/** What the exports need to know of a run that the run's snapshot does not keep. */
export interface ExportRecord {
  /** The scenario the run was started with (the lab's may be edited while its results show). */
  readonly scenario: Scenario;
  /** The wall-clock instant Run was pressed, ISO 8601: the HAR's dates and the files' names. */
  readonly startedAtIso: string;
}

/**
 * Remembers the scenario and start time of the latest run: call `begin(scenario)` wherever the
 * lab calls `controller.start(scenario)`. It lives in ui because it reads the clock (core never
 * does); the exporters receive the time as a parameter.
 */
export function useExportRecord(): {
  readonly record: ExportRecord | null;
  readonly begin: (scenario: Scenario) => void;
} {
  const [record, setRecord] = useState<ExportRecord | null>(null);
  const begin = useCallback((scenario: Scenario): void => {
    setRecord({ scenario, startedAtIso: new Date().toISOString() });
  }, []);
  return { record, begin };
}
