import type { EffectCallback } from 'react';

/**
 * A mount effect whose cleanup tells a run session its lab was left, once the lab has stayed
 * gone: hidden behind another lab (LabShell keeps visited labs in a hidden <Activity>, which
 * cleans up their effects) or unmounted. Leaving stops only a live run (SessionController.leave);
 * a virtual or finished run is still there when the lab shows again. The call waits a microtask
 * and is dropped when the effect mounts again first, as React StrictMode's mount, unmount, mount
 * does in development: stopping in between would cancel an autorun (`autorun=1`, whose flag is
 * spent). Invariant: one effect per session; `leave` runs once per stay away from the page.
 */
export function leaveWhenGone(
  leave: () => void,
  defer: (task: () => void) => void = queueMicrotask,
): EffectCallback {
  let mounts = 0;
  return () => {
    mounts += 1;
    return () => {
      mounts -= 1;
      defer(() => {
        if (mounts === 0) leave();
      });
    };
  };
}
