import type { Calibration } from '../../core/liveTypes.ts';
import type { LiveEnginePort } from '../liveEnginePort.ts';

/**
 * The page's calibration once it is known: at once when measured (or failed: null), else when
 * the engine says it changed (asking starts it). A live run plans its time scale from it, so
 * a run started while the page still measures itself (the first Run after loading, autorun)
 * plans with this page's capacity, not the assumed one. Rejects with `signal`'s reason when it
 * aborts first (a reset), leaving no listener behind.
 */
export function calibrationWhenKnown(
  engine: LiveEnginePort,
  signal: AbortSignal,
): Promise<Calibration | null> {
  const known = (): boolean =>
    engine.calibration() !== null || engine.calibrationProblem() !== null;
  if (signal.aborted) return Promise.reject(signal.reason as unknown);
  if (known()) return Promise.resolve(engine.calibration());
  return new Promise((resolve, reject) => {
    const stop = (): void => {
      unsubscribe();
      signal.removeEventListener('abort', onAbort);
    };
    const onAbort = (): void => {
      stop();
      reject(signal.reason as unknown);
    };
    const unsubscribe = engine.subscribe(() => {
      if (!known()) return;
      stop();
      resolve(engine.calibration());
    });
    signal.addEventListener('abort', onAbort, { once: true });
  });
}
