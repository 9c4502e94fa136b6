import { useCallback, useEffect, useState } from 'react';
import type { Scenario } from '../core/scenario.ts';
import { decodeScenario, encodeScenario, type ParamMessage } from '../core/urlCodec.ts';

interface UrlState {
  readonly scenario: Scenario;
  /** The codec's messages about the address as it was loaded (cleared by the first edit). */
  readonly messages: readonly ParamMessage[];
}

function readAddress(): UrlState {
  return decodeScenario(window.location.search);
}

/**
 * The scenario lives in the address: every edit pushes a history entry with the canonical query,
 * back and forward restore the scenario, and a pasted link reproduces it. An invalid address is
 * left as it is (so the messages match what the person sees) until the first edit rewrites it.
 */
export function useUrlScenario(): UrlState & { readonly setScenario: (next: Scenario) => void } {
  const [state, setState] = useState(readAddress);

  useEffect(() => {
    const onPopState = (): void => setState(readAddress());
    window.addEventListener('popstate', onPopState);
    return () => window.removeEventListener('popstate', onPopState);
  }, []);

  const setScenario = useCallback((next: Scenario): void => {
    const query = encodeScenario(next);
    const url = `${window.location.pathname}${query === '' ? '' : `?${query}`}${window.location.hash}`;
    if (url !== `${window.location.pathname}${window.location.search}${window.location.hash}`) {
      window.history.pushState(null, '', url);
    }
    setState({ scenario: next, messages: [] });
  }, []);

  return { ...state, setScenario };
}
