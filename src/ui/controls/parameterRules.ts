import {
  BURST_RANGE,
  CAP_RANGE,
  LIMIT_RANGE,
  MAX_RATE_PER_SEC,
  MIN_TIME_RANGE_MS,
  RATE_DECIMAL_PLACES,
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
