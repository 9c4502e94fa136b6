import * as L from '../limits.ts';
import { formatDecimal, parseDecimalNumber, parseWholeNumber, quote } from '../numberParam.ts';
import type { ParamCodec } from '../paramCodec.ts';
import type { CallPolicy } from './callPolicy.ts';

/** The two policy fields `hedge` writes: at most one of them is set. */
type HedgeFields = Pick<CallPolicy, 'hedgeMs' | 'hedgePercentile'>;

const PERCENT = L.HEDGE_PERCENTILE_RANGE;
const DELAY = L.POLICY_DELAY_RANGE_MS;

/** What `hedge` accepts, for its messages. */
export const HEDGE_ALLOWED =
  `use a whole number of ms from ${DELAY.min} to ${DELAY.max}, or p followed by a percentile ` +
  `from ${PERCENT.min} to ${PERCENT.max} with at most ${L.HEDGE_PERCENTILE_DECIMAL_PLACES} ` +
  `decimal place (p95 hedges each call at the 95th percentile of its own latency), or leave it ` +
  `out (or none) for no hedging`;

/**
 * Parses `hedge`: `none` (off), a fixed delay in ms (`150`), or `pNN` (`p95`, `p99.9`): each
 * call's own NN-th latency percentile (policy/hedgeDelayMs.ts). Returns the problem as a clause
 * that starts with the quoted text, like the other parsers.
 */
export function parseHedge(
  text: string,
): { ok: true; value: HedgeFields } | { ok: false; problem: string } {
  if (text === 'none') return { ok: true, value: { hedgeMs: null, hedgePercentile: null } };
  if (text.startsWith('p')) {
    const parsed = parseDecimalNumber(text.slice(1), {
      above: -Infinity,
      max: PERCENT.max,
      decimalPlaces: L.HEDGE_PERCENTILE_DECIMAL_PLACES,
    });
    if (!parsed.ok) {
      return {
        ok: false,
        problem: `${quote(text)} is not a percentile: after p, ${parsed.problem}`,
      };
    }
    if (parsed.value < PERCENT.min) {
      return {
        ok: false,
        problem:
          `${quote(text)} is below p${PERCENT.min}: hedging under the median would send a ` +
          'second copy of most calls',
      };
    }
    return { ok: true, value: { hedgeMs: null, hedgePercentile: parsed.value } };
  }
  const parsed = parseWholeNumber(text, DELAY);
  return parsed.ok ? { ok: true, value: { hedgeMs: parsed.value, hedgePercentile: null } } : parsed;
}

/** The text of a policy's hedge (`p95`, `150`), or null when it does not hedge. */
export function formatHedge(policy: HedgeFields): string | null {
  if (policy.hedgePercentile !== null) {
    return `p${formatDecimal(policy.hedgePercentile, L.HEDGE_PERCENTILE_DECIMAL_PLACES)}`;
  }
  return policy.hedgeMs === null ? null : String(policy.hedgeMs);
}

/** The `hedge` parameter: sets both policy fields, so a link never carries the two at once. */
export const HEDGE_CODEC: ParamCodec = {
  allowed: HEDGE_ALLOWED,
  decode(text, draft) {
    const parsed = parseHedge(text);
    if (!parsed.ok) return parsed.problem;
    draft.policy = { ...draft.policy, ...parsed.value };
    return null;
  },
  encode: (scenario) => formatHedge(scenario.policy),
};
