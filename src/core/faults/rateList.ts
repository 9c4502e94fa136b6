import { FAULT_PCT_RANGE, MAX_RATE_LIST_ENTRIES } from '../limits.ts';
import { parseWholeNumber, quote, type Parsed } from '../numberParam.ts';
import { SERVICE_NAME_PATTERN } from '../services.ts';
import { ANY_SERVICE, type ServiceRate } from './faultSettings.ts';

export const RATE_LIST_SYNTAX =
  'comma-separated service:percent items, * for every other service, e.g. reviews:20,*:5';

/**
 * Parses a fault-rate list (`reviews:20,*:5`): whole percent 0-100 per service, each service
 * once, at most MAX_RATE_LIST_ENTRIES. Blank is the empty list. Never throws.
 */
export function parseRateList(text: string): Parsed<ServiceRate[]> {
  if (text.trim() === '') return { ok: true, value: [] };
  const parts = text.split(',');
  if (parts.length > MAX_RATE_LIST_ENTRIES) {
    return {
      ok: false,
      problem: `names ${parts.length} services, more than the ${MAX_RATE_LIST_ENTRIES} allowed`,
    };
  }
  const rates: ServiceRate[] = [];
  for (const [i, raw] of parts.entries()) {
    const item = raw.trim();
    const colon = item.indexOf(':');
    const where = `item ${i + 1} ${quote(item)}`;
    if (colon === -1) return { ok: false, problem: `${where} is not service:percent` };
    const service = item.slice(0, colon);
    if (service !== ANY_SERVICE && !SERVICE_NAME_PATTERN.test(service)) {
      return {
        ok: false,
        problem: `${where}: service ${quote(service)} is not * or a letter followed by up to 31 letters, digits, _ or -`,
      };
    }
    if (rates.some((rate) => rate.service === service)) {
      return { ok: false, problem: `${where} names ${quote(service)} a second time` };
    }
    const pct = parseWholeNumber(item.slice(colon + 1), FAULT_PCT_RANGE);
    if (!pct.ok) return { ok: false, problem: `${where}: percent ${pct.problem}` };
    rates.push({ service, pct: pct.value });
  }
  return { ok: true, value: rates };
}

/** Writes a list as parseRateList reads it. */
export function formatRateList(rates: readonly ServiceRate[]): string {
  return rates.map((rate) => `${rate.service}:${rate.pct}`).join(',');
}
