/**
 * `autorun=1` as a request made once per page load, per lab, and honoured by whichever mount of
 * that lab is still there once its effects have settled. React StrictMode (under `npm run dev`)
 * mounts every effect, cleans it up and mounts it again; starting the run inside the first mount
 * let the cleanup cancel it, and a spent flag kept the second mount from starting it again. Here
 * a mount only asks; the start is deferred (a microtask: after React's synchronous
 * mount-unmount-mount) and done by the mount that was not cleaned up in between.
 * Invariants: each lab's autorun starts at most once per latch (per page load); a request whose
 * cleanup ran before the deferred start never starts, and leaves the autorun to the next mount.
 */
export interface AutorunLatch {
  /**
   * Asks to autorun `lab`: `start` is called later, once, unless the returned cancel (the
   * effect's cleanup) runs first or this lab's autorun was already spent.
   */
  readonly request: (lab: string, start: () => void) => () => void;
  /** Whether `lab`'s autorun has started (its request was honoured). */
  readonly spent: (lab: string) => boolean;
}

export function createAutorunLatch(defer: (task: () => void) => void): AutorunLatch {
  const started = new Set<string>();
  return {
    request: (lab, start) => {
      let cancelled = false;
      defer(() => {
        if (cancelled || started.has(lab)) return;
        started.add(lab);
        start();
      });
      return () => {
        cancelled = true;
      };
    },
    spent: (lab) => started.has(lab),
  };
}
