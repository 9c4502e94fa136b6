import * as L from '../limits.ts';
import { parseWholeNumber, type Parsed } from '../numberParam.ts';
import { choice, field, flag, whole, type Draft, type ParamCodec } from '../paramCodec.ts';
import { JITTER_KINDS, RETRY_SLOT_KINDS, SETTLE_KINDS } from '../policy/callPolicy.ts';
import type { Scenario } from '../scenario.ts';
import { ANY_SERVICE, rateFor, type ServiceRate } from './faultSettings.ts';
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
  return field(key, `write ${what} rates as ${RATE_LIST_SYNTAX}`, parseRateList, (value) =>
    value.length === 0 ? null : formatRateList(value),
  );
}

/** A whole number of ms, absent (null) meaning "off"; `none` is accepted and means off. */
function msOrOff(key: 'timeoutMs' | 'hedgeMs', off: string): ParamCodec {
  const range = L.POLICY_DELAY_RANGE_MS;
  return field(
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
  retryAfter: field('retryAfterS', ...whole(L.RETRY_AFTER_RANGE_S)),
  hangFor: field('hangForMs', ...whole(L.HANG_FOR_RANGE_MS)),
  timeout: msOrOff('timeoutMs', 'no timeout'),
  retries: field('retries', ...whole(L.RETRIES_RANGE)),
  backoff: field('backoffMs', ...whole(L.BACKOFF_RANGE_MS)),
  maxBackoff: field(
    'maxBackoffMs',
    `use a whole number of ms from ${L.MAX_BACKOFF_RANGE_MS.min} to ${L.MAX_BACKOFF_RANGE_MS.max}: ` +
      `the most a retry's backoff x 2^(k-1) may grow to, before the jitter ` +
      `(leave it out for ${L.MAX_BACKOFF_RANGE_MS.max})`,
    (text) => parseWholeNumber(text, L.MAX_BACKOFF_RANGE_MS),
    String,
  ),
  jitter: field('jitter', ...choice(JITTER_KINDS, 'a jitter')),
  retrySlot: field('retrySlot', ...choice(RETRY_SLOT_KINDS, 'a retry slot policy')),
  settle: field('settle', ...choice(SETTLE_KINDS, 'a way to settle')),
  cancel: field('cancelOnFailure', ...flag('cancel the other calls at the first failure')),
  hedge: msOrOff('hedgeMs', 'no hedging'),
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
 * and a message says so. Returns the messages; edits `draft` in place.
 */
export function capFaultRates(draft: Draft): FaultRateProblem[] {
  const problems: FaultRateProblem[] = [];
  const services = new Set<string>([ANY_SERVICE]);
  for (const list of [draft.errorRates, draft.hangRates, draft.busyRates]) {
    for (const rate of list) services.add(rate.service);
  }
  for (const service of services) {
    const errorPct = rateFor(draft.errorRates, service);
    const hangPct = rateFor(draft.hangRates, service);
    const busyPct = rateFor(draft.busyRates, service);
    if (errorPct + hangPct + busyPct <= 100) continue;
    const newHang = Math.min(hangPct, 100 - errorPct);
    const newBusy = 100 - errorPct - newHang;
    const who = service === ANY_SERVICE ? 'every other service' : `service ${service}`;
    const param = newHang < hangPct ? 'hang' : 'busy';
    problems.push({
      param,
      value: formatRateList(param === 'hang' ? draft.hangRates : draft.busyRates),
      message:
        `${param}: the error, hang and busy rates of ${who} add up to ${errorPct + hangPct + busyPct} %, ` +
        `but a call fails at most one way, so they may add up to 100 %: hang is ${newHang} % and busy ${newBusy} % instead.`,
    });
    draft.hangRates = withRate(draft.hangRates, service, newHang);
    draft.busyRates = withRate(draft.busyRates, service, newBusy);
  }
  return problems;
}

function withRate(list: readonly ServiceRate[], service: string, pct: number): ServiceRate[] {
  if (rateFor(list, service) === pct) return [...list];
  const others = list.filter((rate) => rate.service !== service);
  return [...others, { service, pct }];
}

/** The fields of a scenario these parameters set, at their defaults. */
export type FaultFields = Pick<
  Scenario,
  | 'errorRates'
  | 'hangRates'
  | 'busyRates'
  | 'retryAfterS'
  | 'hangForMs'
  | 'timeoutMs'
  | 'retries'
  | 'backoffMs'
  | 'maxBackoffMs'
  | 'jitter'
  | 'retrySlot'
  | 'settle'
  | 'cancelOnFailure'
  | 'hedgeMs'
>;
