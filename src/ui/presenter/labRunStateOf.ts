import type { LabRunState } from './labCommandBus.ts';

/**
 * A lab's snapshot -> LabRunState, one state object per snapshot: the shell's readers compare
 * states by identity, so the same snapshot must always give the same object. Each lab passes what
 * its snapshot means as a run state; the caching is the same for all of them.
 */
export function labRunStateOf<Snapshot extends object>(
  toState: (snapshot: Snapshot) => LabRunState,
): (snapshot: Snapshot) => LabRunState {
  const states = new WeakMap<Snapshot, LabRunState>();
  return (snapshot) => {
    let state = states.get(snapshot);
    if (state === undefined) {
      state = toState(snapshot);
      states.set(snapshot, state);
    }
    return state;
  };
}
