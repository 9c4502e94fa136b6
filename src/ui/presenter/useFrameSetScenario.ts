import { useCallback } from 'react';
import type { Scenario } from '../../core/scenario.ts';
import { encodeScenario } from '../../core/urlCodec.ts';

/**
 * The shell's setScenario, except that an embedded lab replaces its address instead of pushing
 * a history entry: a frame's entries join the host page's history, so every model picked in a
 * slide would otherwise take one press of the deck's Back button to undo.
 */
export function useFrameSetScenario(
  setScenario: (next: Scenario) => void,
  embed: boolean,
): (next: Scenario) => void {
  return useCallback(
    (next: Scenario): void => {
      if (embed) {
        // The same address useUrlScenario would push; once it is current, it pushes nothing.
        const query = encodeScenario(next);
        const { pathname, hash } = window.location;
        window.history.replaceState(
          null,
          '',
          `${pathname}${query === '' ? '' : `?${query}`}${hash}`,
        );
      }
      setScenario(next);
    },
    [setScenario, embed],
  );
}
