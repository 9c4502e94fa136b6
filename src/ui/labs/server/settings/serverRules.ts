import {
  CONCURRENCY_RANGE,
  GREENLETS_RANGE,
  PROCESSES_RANGE,
  REQUESTS_RANGE,
  THREADS_RANGE,
  UPSTREAM_CAP_RANGE,
} from '../../../../core/limits.ts';
import { wholeRule } from '../../../controls/numberRule.ts';

/** The rule of each server count, from core/limits.ts (the URL codec's bounds). */
export const REQUESTS_RULE = wholeRule(REQUESTS_RANGE, 'requests');
export const CONCURRENCY_RULE = wholeRule(CONCURRENCY_RANGE, 'requests');
export const PROCESSES_RULE = wholeRule(PROCESSES_RANGE, 'processes');
export const THREADS_RULE = wholeRule(THREADS_RANGE, 'threads');
export const GREENLETS_RULE = wholeRule(GREENLETS_RANGE, 'greenlets');
export const UPSTREAM_CAP_RULE = wholeRule(UPSTREAM_CAP_RANGE, 'calls');

/** What a gevent server starts with when greenlets are switched on: the talk's 50 per process. */
export const DEFAULT_GREENLETS = 50;
/** What a bounded upstream starts with: the talk's wait server, 200 calls at once. */
export const DEFAULT_UPSTREAM_CAP = 200;
