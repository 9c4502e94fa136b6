import type { EffectCallback } from 'react';

/**
 * A mount effect whose cleanup resets a run session once the component has left for good:
 * leaving a lab stops its run and the live calls in flight. The reset waits a microtask and is
 * dropped when the effect mounts again first, as React StrictMode's mount, unmount, mount does
 * in development: resetting in between cancelled an autorun (`autorun=1`, whose flag is spent).
 * Invariant: one effect per session; the reset runs once per real unmount.
 */
export function resetWhenUnmounted(
  reset: () => void,
  defer: (task: () => void) => void = queueMicrotask,
): EffectCallback {
  let mounts = 0;
  return () => {
    mounts += 1;
    return () => {
      mounts -= 1;
      defer(() => {
        if (mounts === 0) reset();
      });
    };
  };
}
