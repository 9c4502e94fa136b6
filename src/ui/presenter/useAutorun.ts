import { useEffect, useRef } from 'react';
import type { LabName, Scenario } from '../../core/scenario.ts';
import type { WorkerState } from '../workerState.ts';
import type { NetworkAccess } from '../networkEnginePort.ts';
import { createAutorunLatch } from './autorunLatch.ts';
import { autorunReady } from './autorunReady.ts';

/** The page's one latch: `autorun=1` is honoured once per page load and lab. */
const pageAutorun = createAutorunLatch(queueMicrotask);

/**
 * `autorun=1`: runs `lab` once on load, as soon as the engine the scenario asks for is known (a
 * live run waits for the mock worker, a network run for the server's probe: autorunReady.ts),
 * and safely under StrictMode (autorunLatch.ts). `start` may be a new function every render:
 * the latest one is called.
 */
export function useAutorun(
  lab: LabName,
  scenario: Scenario,
  worker: WorkerState,
  start: () => void,
  network?: NetworkAccess,
): void {
  const latest = useRef(start);
  useEffect(() => {
    latest.current = start;
  });
  const wanted = scenario.run.autorun;
  const engineKnown = autorunReady(scenario, worker, network);
  useEffect(() => {
    if (!wanted || !engineKnown) return undefined;
    return pageAutorun.request(lab, () => latest.current());
  }, [lab, wanted, engineKnown]);
}
