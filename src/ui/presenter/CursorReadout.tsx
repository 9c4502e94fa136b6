import { useSyncExternalStore } from 'react';
import { formatMs } from '../numbers/formatMs.ts';
import type { LabCommandBus } from './labCommandBus.ts';

/**
 * Where the run's cursor stands ("at 375 ms"), for a presenter stepping event by event and for
 * tests: the number alone is in `embed-cursor-ms`. Empty before any run.
 */
export function CursorReadout({ bus }: { readonly bus: LabCommandBus }) {
  const nowMs = useSyncExternalStore(bus.subscribe, () => {
    const state = bus.state();
    return state === null || state.status === 'idle' ? null : state.nowMs;
  });
  return (
    <p className="embed-bar__cursor">
      {nowMs === null ? null : <span className="embed-bar__cursor-label">Now </span>}
      <span data-testid="embed-cursor-ms">{nowMs === null ? '' : formatMs(nowMs)}</span>
      {nowMs === null ? null : <span className="embed-bar__unit"> ms</span>}
    </p>
  );
}
