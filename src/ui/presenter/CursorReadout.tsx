import { useSyncExternalStore } from 'react';
import { durationParts } from '../../core/format/formatDuration.ts';
import type { LabCommandBus } from './labCommandBus.ts';

/**
 * Where the run's cursor stands ("at 375 ms", "at 12.4 s"), for a presenter stepping event by
 * event and for tests: the number as shown is in `embed-cursor-ms`, its exact ms in that
 * element's `data-value`. Empty before any run.
 */
export function CursorReadout({ bus }: { readonly bus: LabCommandBus }) {
  const nowMs = useSyncExternalStore(bus.subscribe, () => {
    const state = bus.state();
    return state === null || state.status === 'idle' ? null : state.nowMs;
  });
  const parts = nowMs === null ? null : durationParts(nowMs);
  return (
    <p className="embed-bar__cursor">
      {nowMs === null ? null : <span className="embed-bar__cursor-label">Now </span>}
      <span data-value={nowMs ?? undefined} data-testid="embed-cursor-ms">
        {parts?.value ?? ''}
      </span>
      {parts === null ? null : <span className="embed-bar__unit"> {parts.unit}</span>}
    </p>
  );
}
