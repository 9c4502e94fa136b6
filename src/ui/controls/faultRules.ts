import { ANY_SERVICE, hasFaults, rateFor, NO_FAULTS } from '../../core/faults/faultSettings.ts';
import type { FaultSettings, ServiceRate } from '../../core/faults/faultSettings.ts';
import { formatDuration } from '../../core/format/formatDuration.ts';
import { MAX_RATE_LIST_ENTRIES } from '../../core/limits.ts';
import { parseWholeNumber } from '../../core/numberParam.ts';
import { DEFAULT_POLICY } from '../../core/policy/callPolicy.ts';
import type { CallSpec, Scenario } from '../../core/scenario.ts';
import { allowedText, type WholeRule } from './numberRule.ts';
import type { Validated } from './validated.ts';

/** The three ways a mocked service fails (docs/faults.md), as the Failures rows show them. */
export const RATE_KINDS = ['error', 'hang', 'busy'] as const;
export type RateKind = (typeof RATE_KINDS)[number];

const LIST_KEY = {
  error: 'errorRates',
  hang: 'hangRates',
  busy: 'busyRates',
} as const satisfies Record<RateKind, keyof FaultSettings>;

/** Column headings: "busy" is what the URL calls it, 429 is what a person sees. */
export const RATE_KIND_WORDS: Readonly<Record<RateKind, string>> = {
  error: 'error %',
  hang: 'hang %',
  busy: '429 %',
};

/**
 * The most service rows the Failures fieldset shows. A scenario may name thousands of services;
 * past this the `*` row and the address's lists set the rest.
 */
export const MAX_RATE_ROWS = 12;

/** A row's name in messages and labels. */
export function serviceWords(service: string): string {
  return service === ANY_SERVICE ? 'every other service (*)' : service;
}

export interface RateRows {
  /** The services that get a row, in call order (services only the lists name come last). */
  readonly services: readonly string[];
  /** How many services there are in all (calls and lists). */
  readonly total: number;
}

/**
 * The rows of the Failures fieldset, the `*` row aside. Services with rates of their own always
 * get a row (up to `max`), so a link's settings are visible; the rest fill up in call order.
 */
export function rateRows(
  scenario: { readonly calls: readonly CallSpec[] } & Pick<
    FaultSettings,
    'errorRates' | 'hangRates' | 'busyRates'
  >,
  max = MAX_RATE_ROWS,
): RateRows {
  const all = new Set<string>();
  for (const call of scenario.calls) all.add(call.service);
  const rated = new Set<string>();
  for (const kind of RATE_KINDS) {
    for (const rate of scenario[LIST_KEY[kind]]) {
      if (rate.service === ANY_SERVICE) continue;
      rated.add(rate.service);
      all.add(rate.service);
    }
  }
  if (all.size <= max) return { services: [...all], total: all.size };
  const chosen = new Set<string>();
  for (const service of all) if (rated.has(service) && chosen.size < max) chosen.add(service);
  for (const service of all) if (chosen.size < max) chosen.add(service);
  return { services: [...all].filter((service) => chosen.has(service)), total: all.size };
}

/** True when a service has a rate of its own in some list (otherwise it takes the `*` row's). */
export function hasOwnRates(scenario: Scenario, service: string): boolean {
  return RATE_KINDS.some((kind) =>
    scenario.faults[LIST_KEY[kind]].some((rate) => rate.service === service),
  );
}

/** The rate a service's calls actually get (its own entry, else the `*` row's), in percent. */
export function rateOf(scenario: Scenario, kind: RateKind, service: string): number {
  return rateFor(scenario.faults[LIST_KEY[kind]], service);
}

/**
 * The scenario with one service's rate set. Entries that change nothing are dropped (a service's
 * rate equal to what it takes from `*`, a `*` of 0), so the address stays short.
 */
export function withServiceRate(
  scenario: Scenario,
  kind: RateKind,
  service: string,
  pct: number,
): Scenario {
  const key = LIST_KEY[kind];
  const list = scenario.faults[key];
  const edited: readonly ServiceRate[] = list.some((rate) => rate.service === service)
    ? list.map((rate) => (rate.service === service ? { service, pct } : rate))
    : [...list, { service, pct }];
  const anyPct = edited.find((rate) => rate.service === ANY_SERVICE)?.pct ?? 0;
  const kept = edited.filter((rate) =>
    rate.service === ANY_SERVICE ? rate.pct !== 0 : rate.pct !== anyPct,
  );
  return { ...scenario, faults: { ...scenario.faults, [key]: kept } };
}

/**
 * Why setting this rate is refused, or null. A call fails at most one way, so each service's
 * three rates may add up to 100 % at most; an edit of the `*` row can push a service that keeps
 * one rate of its own past it, so every named service is checked, the edited one first.
 */
export function rateEditProblem(
  scenario: Scenario,
  kind: RateKind,
  service: string,
  pct: number,
): string | null {
  const next = withServiceRate(scenario, kind, service, pct);
  if (next.faults[LIST_KEY[kind]].length > MAX_RATE_LIST_ENTRIES) {
    return (
      `At most ${MAX_RATE_LIST_ENTRIES} services may have a ${RATE_KIND_WORDS[kind]} of their ` +
      `own; set the others with the * row.`
    );
  }
  const services = new Set([service, ANY_SERVICE]);
  for (const kindToCheck of RATE_KINDS) {
    for (const rate of next.faults[LIST_KEY[kindToCheck]]) services.add(rate.service);
  }
  for (const name of services) {
    const sum = RATE_KINDS.reduce((total, k) => total + rateOf(next, k, name), 0);
    if (sum > 100) {
      return `${serviceWords(name)}: error, hang and 429 add up to ${sum} %; at most 100.`;
    }
  }
  return null;
}

/** True when any failure or policy setting differs from its default: the section opens then. */
export function hasFaultSettings(scenario: Scenario): boolean {
  const policyChanged = (Object.keys(DEFAULT_POLICY) as (keyof typeof DEFAULT_POLICY)[]).some(
    (key) => scenario.policy[key] !== DEFAULT_POLICY[key],
  );
  return (
    hasFaults(scenario.faults) ||
    policyChanged ||
    scenario.faults.hangForMs !== NO_FAULTS.hangForMs ||
    scenario.faults.retryAfterS !== NO_FAULTS.retryAfterS
  );
}

/** The closed section's one-line summary of what is set, so nothing hides behind it. */
export function faultSummary(scenario: Scenario): string {
  const parts: string[] = [];
  const some = (list: readonly ServiceRate[]) => list.some((rate) => rate.pct > 0);
  if (some(scenario.faults.errorRates)) parts.push('500s');
  if (some(scenario.faults.hangRates)) parts.push('hangs');
  if (some(scenario.faults.busyRates)) parts.push('429s');
  if (scenario.policy.timeoutMs !== null)
    parts.push(`timeout ${formatDuration(scenario.policy.timeoutMs)}`);
  if (scenario.policy.retries > 0) {
    parts.push(scenario.policy.retries === 1 ? '1 retry' : `${scenario.policy.retries} retries`);
  }
  if (scenario.policy.settle === 'allSettled') parts.push('allSettled');
  if (scenario.policy.cancelOnFailure) parts.push('cancel on failure');
  if (scenario.policy.hedgeMs !== null)
    parts.push(`hedge after ${formatDuration(scenario.policy.hedgeMs)}`);
  if (scenario.policy.hedgePercentile !== null)
    parts.push(`hedge at each call's p${scenario.policy.hedgePercentile}`);
  return parts.length === 0 ? 'none: every call answers, no retries' : parts.join(', ');
}

/**
 * Checks a field that may be left empty (a timeout, a hedge delay): empty means null ("none",
 * as the URL also accepts), anything else must satisfy `rule`.
 */
export function validateOptionalNumber(
  text: string,
  rule: WholeRule,
  emptyMeans: string,
): Validated<number | null> {
  const trimmed = text.trim();
  if (trimmed === '' || trimmed === 'none') return { ok: true, value: null };
  const parsed = parseWholeNumber(trimmed, rule.range);
  if (parsed.ok) return parsed;
  return {
    ok: false,
    message: `${parsed.problem}: use ${allowedText(rule)}, or leave it empty for ${emptyMeans}.`,
  };
}
