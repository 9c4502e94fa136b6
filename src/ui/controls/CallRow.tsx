import { useId } from 'react';
import type { Latency } from '../../core/latency.ts';
import { LATENCY_RANGE_MS, SLOW_PERCENT_RANGE } from '../../core/limits.ts';
import type { CallSpec } from '../../core/scenario.ts';
import type { RowAction } from './focusAfterEdit.ts';
import {
  changeLatencyKind,
  crossingNote,
  LATENCY_KINDS,
  withLatencyBound,
  type LatencyBound,
} from './latencyEdits.ts';
import { NumberField } from './NumberField.tsx';
import { wholeRule, type NumberRule } from './numberRule.ts';
import { ServiceNameField } from './ServiceNameField.tsx';

const LATENCY_RULE = wholeRule(LATENCY_RANGE_MS, 'ms');
/** A long tail's median must be above 0, and so must its p99 (which can pull the median down). */
const POSITIVE_LATENCY_RULE = wholeRule({ min: 1, max: LATENCY_RANGE_MS.max }, 'ms');
const SLOW_PERCENT_RULE: NumberRule = { kind: 'decimal', ...SLOW_PERCENT_RANGE, unit: '%' };

export interface CallRowProps {
  /** The call's position (0-based); rows and their names say it 1-based. */
  readonly index: number;
  readonly count: number;
  readonly call: CallSpec;
  /** The id of this row's move or remove button, so focus can follow an edit. */
  readonly buttonId: (index: number, action: RowAction) => string;
  readonly onReplace: (call: CallSpec) => void;
  readonly onAction: (action: RowAction) => void;
}

/** The bounds a kind has, each with its short visible label and its full spoken one. */
function boundsOf(
  latency: Latency,
): readonly { bound: LatencyBound; short: string; full: string }[] {
  switch (latency.kind) {
    case 'fixed':
      return [{ bound: 'ms', short: '', full: 'latency' }];
    case 'uniform':
      return [
        { bound: 'minMs', short: 'min', full: 'minimum' },
        { bound: 'maxMs', short: 'max', full: 'maximum' },
      ];
    case 'lognormal':
      return [
        { bound: 'p50Ms', short: 'p50', full: 'median (p50)' },
        { bound: 'p99Ms', short: 'p99', full: '99th percentile (p99)' },
      ];
    case 'exponential':
      return [{ bound: 'meanMs', short: 'mean', full: 'mean' }];
    case 'rare':
      return [
        { bound: 'ms', short: 'usual', full: 'usual latency' },
        { bound: 'slowMs', short: 'slow', full: 'slow latency' },
        { bound: 'slowPercent', short: '%', full: 'share of slow calls' },
      ];
  }
}

function boundValue(latency: Latency, bound: LatencyBound): number {
  switch (latency.kind) {
    case 'fixed':
      return latency.ms;
    case 'uniform':
      return bound === 'maxMs' ? latency.maxMs : latency.minMs;
    case 'lognormal':
      return bound === 'p99Ms' ? latency.p99Ms : latency.p50Ms;
    case 'exponential':
      return latency.meanMs;
    case 'rare':
      if (bound === 'slowPercent') return latency.slowPercent;
      return bound === 'slowMs' ? latency.slowMs : latency.ms;
  }
}

/** The rule a bound's field checks: a percent for the slow share, whole ms otherwise. */
function ruleOf(bound: LatencyBound): NumberRule {
  if (bound === 'slowPercent') return SLOW_PERCENT_RULE;
  return bound === 'p50Ms' || bound === 'p99Ms' ? POSITIVE_LATENCY_RULE : LATENCY_RULE;
}

/** One call of the row editor: service, latency kind and numbers, move and remove buttons. */
export function CallRow({ index, count, call, buttonId, onReplace, onAction }: CallRowProps) {
  const kindId = useId();
  const n = index + 1;
  const { latency } = call;
  const setLatency = (next: Latency): void => onReplace({ ...call, latency: next });
  return (
    <li className="call-row">
      <span className="call-row__number" aria-hidden="true">
        {n}
      </span>
      <ServiceNameField
        label={`Call ${n} service`}
        labelHidden
        value={call.service}
        onCommit={(service) => onReplace({ ...call, service })}
      />
      <div className="field field--kind">
        <label htmlFor={kindId} className="visually-hidden">
          Call {n} latency kind
        </label>
        <select
          id={kindId}
          className="field__input field__select"
          value={latency.kind}
          onChange={(event) => {
            const kind = LATENCY_KINDS.find((k) => k.kind === event.target.value)?.kind;
            if (kind !== undefined) setLatency(changeLatencyKind(latency, kind));
          }}
        >
          {LATENCY_KINDS.map(({ kind, label }) => (
            <option key={kind} value={kind}>
              {label}
            </option>
          ))}
        </select>
      </div>
      <div className="call-row__latency">
        {boundsOf(latency).map(({ bound, short, full }) => (
          <NumberField
            key={bound}
            labelHidden={short === ''}
            label={
              short === '' ? (
                `Call ${n} latency (ms)`
              ) : (
                <>
                  <span className="visually-hidden">
                    Call {n} {full} ({bound === 'slowPercent' ? '%' : 'ms'})
                  </span>
                  <span aria-hidden="true">{short}</span>
                </>
              )
            }
            value={boundValue(latency, bound)}
            rule={ruleOf(bound)}
            onCommit={(ms) => setLatency(withLatencyBound(latency, bound, ms))}
            defer={(ms) => crossingNote(latency, bound, ms)}
          />
        ))}
      </div>
      <div className="call-row__buttons">
        <button
          id={buttonId(index, 'up')}
          type="button"
          className="icon-button"
          aria-label={`Move call ${n} up`}
          title={`Move call ${n} up`}
          disabled={index === 0}
          onClick={() => onAction('up')}
        >
          <span aria-hidden="true">↑</span>
        </button>
        <button
          id={buttonId(index, 'down')}
          type="button"
          className="icon-button"
          aria-label={`Move call ${n} down`}
          title={`Move call ${n} down`}
          disabled={index === count - 1}
          onClick={() => onAction('down')}
        >
          <span aria-hidden="true">↓</span>
        </button>
        <button
          id={buttonId(index, 'remove')}
          type="button"
          className="icon-button icon-button--remove"
          aria-label={`Remove call ${n}`}
          title={`Remove call ${n}`}
          onClick={() => onAction('remove')}
        >
          <span aria-hidden="true">✕</span>
        </button>
      </div>
    </li>
  );
}
