import { useEffect, useRef, useState } from 'react';
import type { Scenario } from '../../core/scenario.ts';
import { decodeScenario, encodeScenario } from '../../core/urlCodec.ts';
import {
  frameMemoryKey,
  memoryOf,
  parseFrameMemory,
  restorePlan,
  type RestorePlan,
} from './frameMemory.ts';
import type { LabCommandBus } from './labCommandBus.ts';
import { scenarioFromQuery } from './scenarioFromQuery.ts';

/** sessionStorage, or null where the page may not use it (blocked storage, sandboxed frame). */
function storage(): Storage | null {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
}

function read(key: string): string | null {
  try {
    return storage()?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

function write(key: string, value: string): void {
  try {
    storage()?.setItem(key, value);
  } catch {
    // Full or blocked storage: the frame simply starts afresh after a reload.
  }
}

/**
 * An embedded lab comes back as it was after its frame reloads (frameMemory.ts): the scenario it
 * showed, and its last virtual run replayed (deterministic) with the cursor where it stood. Only
 * in a frame with `embed=1`: a top-level page keeps its state in its address and history.
 */
export function useFrameMemory(
  bus: LabCommandBus,
  scenario: Scenario,
  setScenario: (next: Scenario) => void,
): void {
  // The address as loaded: a frame replaces its own address as it changes model, while the
  // slide reloads it from its src.
  const [frame] = useState(() => ({
    key: frameMemoryKey(window.location.href),
    enabled: scenario.view.embed && window.parent !== window,
  }));
  const [plan] = useState<RestorePlan | null>(() =>
    frame.enabled
      ? restorePlan(
          parseFrameMemory(read(frame.key)),
          encodeScenario(scenario),
          (query) => decodeScenario(query).scenario.run.engine,
        )
      : null,
  );
  const [restoring, setRestoring] = useState(
    plan !== null && (plan.query !== null || plan.seekMs !== null),
  );
  const scenarioApplied = useRef(false);

  // Restoring: first the scenario, then (once it is shown) the run and its cursor.
  useEffect(() => {
    if (!restoring || plan === null) return undefined;
    if (plan.query !== null && !scenarioApplied.current) {
      scenarioApplied.current = true;
      // This effect runs again with the scenario shown.
      setScenario(scenarioFromQuery(plan.query, scenario).scenario);
      return undefined;
    }
    const { seekMs, finish } = plan;
    let unsubscribe = (): void => {};
    // After the lab's own start (autorun, a microtask): a run it started is the one to seek.
    const timer = setTimeout(() => {
      if (seekMs === null) {
        setRestoring(false);
        return;
      }
      const seekOnceKnown = (): boolean => {
        if (!bus.state()?.seekable) return false;
        unsubscribe();
        // Not inside the lab's notification (it may come from a replay's animation frame).
        queueMicrotask(() => {
          // The end first (clamped to it), so a finished run is done again, figures and all.
          if (finish) bus.send({ type: 'seek', ms: Number.MAX_VALUE });
          bus.send({ type: 'seek', ms: seekMs });
          setRestoring(false);
        });
        return true;
      };
      if (bus.state()?.status !== 'running') bus.send({ type: 'run' });
      // A lab that cannot seek (Compare, Server) replays its run to the end.
      if (!bus.supported().includes('seek')) {
        setRestoring(false);
        return;
      }
      if (!seekOnceKnown()) unsubscribe = bus.subscribe(() => void seekOnceKnown());
    }, 0);
    return () => {
      clearTimeout(timer);
      unsubscribe();
    };
  }, [restoring, plan, bus, scenario, setScenario]);

  // Remembering, once restored: every settled state of the run, and every scenario shown.
  const query = encodeScenario(scenario);
  useEffect(() => {
    if (!frame.enabled || restoring) return undefined;
    const remember = (): void => {
      const memory = memoryOf(bus.state(), query);
      if (memory !== null) write(frame.key, JSON.stringify(memory));
    };
    remember();
    return bus.subscribe(remember);
  }, [bus, frame, restoring, query]);
}
