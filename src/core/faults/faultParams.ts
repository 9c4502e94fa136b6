import * as L from '../limits.ts';
import { parseWholeNumber, type Parsed } from '../numberParam.ts';
import { choice, field, flag, whole, type ParamCodec } from '../paramCodec.ts';
import { HEDGE_CODEC } from '../policy/hedgeParam.ts';
import { JITTER_KINDS, RETRY_SLOT_KINDS, SETTLE_KINDS } from '../policy/callPolicy.ts';
import { ANY_SERVICE, rateFor, type FaultSettings, type ServiceRate } from './faultSettings.ts';
import { formatRateList, parseRateList, RATE_LIST_SYNTAX } from './rateList.ts';

/** The fault and policy parameters (docs/faults.md), in their canonical order. */
export const FAULT_PARAM_NAMES = [
  'error',
  'hang',
  'busy',
  'retryAfter',
  'hangFor',
  'timeout',
  'retries',
  'backoff',
  'maxBackoff',
  'jitter',
  'retrySlot',
  'settle',
  'cancel',
  'hedge',
] as const;
export type FaultParamName = (typeof FAULT_PARAM_NAMES)[number];

function rates(key: 'errorRates' | 'hangRates' | 'busyRates', what: string) {
  return field(
    'faults',
    key,
    `write ${what} rates as ${RATE_LIST_SYNTAX}`,
    parseRateList,
    (value) => (value.length === 0 ? null : formatRateList(value)),
  );
}

/** A whole number of ms, absent (null) meaning "off"; `none` is accepted and means off. */
function msOrOff(key: 'timeoutMs', off: string): ParamCodec {
  const range = L.POLICY_DELAY_RANGE_MS;
  return field(
    'policy',
    key,
    `use a whole number of ms from ${range.min} to ${range.max}, or leave it out (or none) for ${off}`,
    (text): Parsed<number | null> =>
      text === 'none' ? { ok: true, value: null } : parseWholeNumber(text, range),
    (value) => (value === null ? null : String(value)),
  );
}

export const FAULT_CODECS: Readonly<Record<FaultParamName, ParamCodec>> = {
  error: rates('errorRates', 'HTTP 500'),
  hang: rates('hangRates', 'hang (504 after hangFor)'),
  busy: rates('busyRates', 'HTTP 429'),
  retryAfter: field('faults', 'retryAfterS', ...whole(L.RETRY_AFTER_RANGE_S)),
  hangFor: field('faults', 'hangForMs', ...whole(L.HANG_FOR_RANGE_MS)),
  timeout: msOrOff('timeoutMs', 'no timeout'),
  retries: field('policy', 'retries', ...whole(L.RETRIES_RANGE)),
  backoff: field('policy', 'backoffMs', ...whole(L.BACKOFF_RANGE_MS)),
  maxBackoff: field(
    'policy',
    'maxBackoffMs',
    `use a whole number of ms from ${L.MAX_BACKOFF_RANGE_MS.min} to ${L.MAX_BACKOFF_RANGE_MS.max}: ` +
      `the most a retry's backoff x 2^(k-1) may grow to, before the jitter ` +
      `(leave it out for ${L.MAX_BACKOFF_RANGE_MS.max})`,
    (text) => parseWholeNumber(text, L.MAX_BACKOFF_RANGE_MS),
    String,
  ),
  jitter: field('policy', 'jitter', ...choice(JITTER_KINDS, 'a jitter')),
  retrySlot: field('policy', 'retrySlot', ...choice(RETRY_SLOT_KINDS, 'a retry slot policy')),
  settle: field('policy', 'settle', ...choice(SETTLE_KINDS, 'a way to settle')),
  cancel: field(
    'policy',
    'cancelOnFailure',
    ...flag('cancel the other calls at the first failure'),
  ),
  hedge: HEDGE_CODEC,
};

/** A message about one parameter, as decodeScenario collects them. */
export interface FaultRateProblem {
  readonly param: 'hang' | 'busy';
  readonly value: string;
  readonly message: string;
}

/**
 * A copy fails at most one way, so a service's error + hang + busy rates may add up to at most
 * 100 %. Past it, busy and then hang are lowered for that service (the draw takes error first)
 * and a message says so. Returns the faults to use and the messages.
 */
export function capFaultRates(faults: FaultSettings): {
  faults: FaultSettings;
  problems: FaultRateProblem[];
} {
  const problems: FaultRateProblem[] = [];
  let { hangRates, busyRates } = faults;
  const services = new Set<string>([ANY_SERVICE]);
  for (const list of [faults.errorRates, hangRates, busyRates]) {
    for (const rate of list) services.add(rate.service);
  }
  for (const service of services) {
    const errorPct = rateFor(faults.errorRates, service);
    const hangPct = rateFor(hangRates, service);
    const busyPct = rateFor(busyRates, service);
    if (errorPct + hangPct + busyPct <= 100) continue;
    const newHang = Math.min(hangPct, 100 - errorPct);
    const newBusy = 100 - errorPct - newHang;
    const who = service === ANY_SERVICE ? 'every other service' : `service ${service}`;
    const param = newHang < hangPct ? 'hang' : 'busy';
    problems.push({
      param,
      value: formatRateList(param === 'hang' ? hangRates : busyRates),
      message:
        `${param}: the error, hang and busy rates of ${who} add up to ${errorPct + hangPct + busyPct} %, ` +
        `but a call fails at most one way, so they may add up to 100 %: hang is ${newHang} % and busy ${newBusy} % instead.`,
    });
    hangRates = withRate(hangRates, service, newHang);
    busyRates = withRate(busyRates, service, newBusy);
  }
  return { faults: problems.length === 0 ? faults : { ...faults, hangRates, busyRates }, problems };
}

function withRate(list: readonly ServiceRate[], service: string, pct: number): ServiceRate[] {
  if (rateFor(list, service) === pct) return [...list];
  const others = list.filter((rate) => rate.service !== service);
  return [...others, { service, pct }];
}
