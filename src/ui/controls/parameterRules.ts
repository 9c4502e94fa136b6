import {
  BACKOFF_RANGE_MS,
  BURST_RANGE,
  CAP_RANGE,
  FAULT_PCT_RANGE,
  HANG_FOR_RANGE_MS,
  LIMIT_RANGE,
  MAX_BACKOFF_RANGE_MS,
  MAX_RATE_PER_SEC,
  MIN_TIME_RANGE_MS,
  POLICY_DELAY_RANGE_MS,
  RATE_DECIMAL_PLACES,
  RETRIES_RANGE,
  RETRY_AFTER_RANGE_S,
  SEED_RANGE,
  WINDOW_RANGE_MS,
  WORK_RANGE_MS,
} from '../../core/limits.ts';
import { wholeRule, type NumberRule } from './numberRule.ts';

/** The rule of each scenario number, from core/limits.ts (the URL codec's bounds). */
export const LIMIT_RULE = wholeRule(LIMIT_RANGE, 'calls');
export const CAP_RULE = wholeRule(CAP_RANGE, 'starts');
export const WINDOW_RULE = wholeRule(WINDOW_RANGE_MS, 'ms');
export const MIN_TIME_RULE = wholeRule(MIN_TIME_RANGE_MS, 'ms');
export const BURST_RULE = wholeRule(BURST_RANGE, 'tokens');
export const RATE_RULE: NumberRule = {
  kind: 'decimal',
  above: 0,
  max: MAX_RATE_PER_SEC,
  decimalPlaces: RATE_DECIMAL_PLACES,
  unit: 'tokens per second',
};
export const WORK_RULE = wholeRule(WORK_RANGE_MS, 'ms');
export const SEED_RULE = wholeRule(SEED_RANGE);

// Faults and call policies (docs/faults.md).
export const FAULT_PCT_RULE = wholeRule(FAULT_PCT_RANGE, '%');
export const HANG_FOR_RULE = wholeRule(HANG_FOR_RANGE_MS, 'ms');
export const RETRY_AFTER_RULE = wholeRule(RETRY_AFTER_RANGE_S, 's');
/** `timeout` and `hedge`, whose fields may also be left empty (none). */
export const POLICY_DELAY_RULE = wholeRule(POLICY_DELAY_RANGE_MS, 'ms');
export const RETRIES_RULE = wholeRule(RETRIES_RANGE, 'retries');
export const BACKOFF_RULE = wholeRule(BACKOFF_RANGE_MS, 'ms');
export const MAX_BACKOFF_RULE = wholeRule(MAX_BACKOFF_RANGE_MS, 'ms');
