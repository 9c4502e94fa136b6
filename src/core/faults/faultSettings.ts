import type { Millis } from '../clock.ts';

/** A percentage (whole, 0 to 100) of one service's calls; service `*` = every service not listed. */
export interface ServiceRate {
  readonly service: string;
  readonly pct: number;
}

/** The service name that stands for every service a rate list does not name. */
export const ANY_SERVICE = '*';

/**
 * How the mocked services misbehave (docs/faults.md). Each copy of a call draws once from its
 * own seeded stream: below error% it is answered 500 after its latency; below error% + hang% it
 * hangs and the proxy in front answers 504 after `hangForMs`; below error% + hang% + busy% the
 * rate limiter answers 429 at once with `Retry-After: retryAfterS`. Otherwise it answers 200.
 */
export interface FaultSettings {
  readonly errorRates: readonly ServiceRate[];
  readonly hangRates: readonly ServiceRate[];
  readonly busyRates: readonly ServiceRate[];
  /** The Retry-After a 429 carries, in whole seconds (HTTP's unit). */
  readonly retryAfterS: number;
  /** How long a hung call hangs before the proxy gives up with a 504. */
  readonly hangForMs: Millis;
}

/** How long a rate limiter takes to answer 429: it answers at the door, without the work. */
export const BUSY_ANSWER_MS = 5;

export const NO_FAULTS: FaultSettings = {
  errorRates: [],
  hangRates: [],
  busyRates: [],
  retryAfterS: 1,
  hangForMs: 10_000,
};

/** The rate a list gives `service`: its own entry, else the `*` entry, else 0. */
export function rateFor(rates: readonly ServiceRate[], service: string): number {
  let any = 0;
  for (const rate of rates) {
    if (rate.service === service) return rate.pct;
    if (rate.service === ANY_SERVICE) any = rate.pct;
  }
  return any;
}

/** True when some service fails some of its calls. */
export function hasFaults(faults: FaultSettings): boolean {
  const some = (rates: readonly ServiceRate[]) => rates.some((rate) => rate.pct > 0);
  return some(faults.errorRates) || some(faults.hangRates) || some(faults.busyRates);
}

/** One service's three rates, in percent. */
export interface ServiceFaultRates {
  readonly errorPct: number;
  readonly hangPct: number;
  readonly busyPct: number;
}

export function faultRatesFor(faults: FaultSettings, service: string): ServiceFaultRates {
  return {
    errorPct: rateFor(faults.errorRates, service),
    hangPct: rateFor(faults.hangRates, service),
    busyPct: rateFor(faults.busyRates, service),
  };
}
