import type { CallSpec } from '../../core/scenario.ts';

/**
 * What the seed does for this list. Only uniform and long-tail latencies draw from it, so with
 * fixed latencies only, saying so spares a person wondering why "New seed" changed nothing.
 */
export function seedHint(calls: readonly CallSpec[]): string {
  const drawn = calls.some((call) => call.latency.kind !== 'fixed');
  return drawn
    ? 'The same seed draws the same latencies, on every engine and machine.'
    : 'Every latency is fixed, so the seed changes nothing here.';
}
