import { useEffect } from 'react';
import type { LabCommandBus, LabRunState } from './labCommandBus.ts';

/**
 * Holds a replay while nobody can see it, and continues it when they can: a hidden tab, or the lab
 * scrolled out of view or inside a slide that is not shown (an IntersectionObserver on `root`;
 * in an iframe it sees the frame's clipping by the host page). A replay started there (autorun on
 * a later slide) waits at its start, so the audience sees it play when the slide comes up.
 * Only replays the page paused itself are continued. Live runs cannot be held: the live engine
 * flags a run that was hidden or off screen instead.
 */
export function usePauseWhenHidden(bus: LabCommandBus, root: Element | null): void {
  useEffect(() => {
    let onScreen = true;
    /** The state right after this hook paused the replay; null when the pause was not ours. */
    let held: LabRunState | null = null;
    const visible = (): boolean => onScreen && document.visibilityState === 'visible';
    const check = (): void => {
      scheduled = false;
      const state = bus.state();
      // Anything else that moved the replay since (a seek, a new run, a reset) makes it theirs.
      if (held !== null && (state?.playback !== 'paused' || state.nowMs !== held.nowMs)) {
        held = null;
      }
      if (state === null) return;
      if (!visible()) {
        if (state.playback === 'playing' && bus.send({ type: 'pause' }) === 'done') {
          held = bus.state();
        }
      } else if (held !== null) {
        held = null;
        bus.send({ type: 'play' });
      }
    };
    // Acting inside the lab's notification would pause in the middle of its animation frame,
    // which then schedules its next frame anyway: act once the frame is over.
    let scheduled = false;
    const update = (): void => {
      if (scheduled) return;
      scheduled = true;
      queueMicrotask(check);
    };
    const unsubscribe = bus.subscribe(update);
    document.addEventListener('visibilitychange', update);
    const observer =
      root !== null && typeof IntersectionObserver === 'function'
        ? new IntersectionObserver((entries) => {
            const entry = entries.at(-1);
            if (entry === undefined) return;
            onScreen = entry.isIntersecting;
            update();
          })
        : null;
    if (root !== null) observer?.observe(root);
    return () => {
      unsubscribe();
      document.removeEventListener('visibilitychange', update);
      observer?.disconnect();
    };
  }, [bus, root]);
}
