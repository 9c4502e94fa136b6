import { useId, useMemo } from 'react';
import type { FaultSettings } from '../../core/faults/faultSettings.ts';
import { ANY_SERVICE } from '../../core/faults/faultSettings.ts';
import type { Scenario } from '../../core/scenario.ts';
import {
  hasOwnRates,
  RATE_KIND_WORDS,
  RATE_KINDS,
  rateEditProblem,
  rateOf,
  rateRows,
  serviceWords,
  withServiceRate,
} from './faultRules.ts';
import { NumberField } from './NumberField.tsx';
import { FAULT_PCT_RULE, HANG_FOR_RULE, RETRY_AFTER_RULE } from './parameterRules.ts';

export interface ServiceRatesEditorProps {
  readonly scenario: Scenario;
  readonly onChange: (next: Scenario) => void;
}

interface RateRowProps extends ServiceRatesEditorProps {
  readonly service: string;
}

/** One service's error, hang and 429 rates; "as *" marks a service that takes the * row's. */
function RateRow({ scenario, onChange, service }: RateRowProps) {
  const inherits =
    service !== ANY_SERVICE &&
    !hasOwnRates(scenario, service) &&
    RATE_KINDS.some((kind) => rateOf(scenario, kind, ANY_SERVICE) > 0);
  return (
    <div className="rate-row" data-testid="rate-row">
      <span className="rate-row__service">
        {service === ANY_SERVICE ? 'others (*)' : service}
        {inherits ? <span className="rate-row__inherited"> as *</span> : null}
      </span>
      {RATE_KINDS.map((kind) => (
        <NumberField
          key={kind}
          label={`${serviceWords(service)} ${RATE_KIND_WORDS[kind]}`}
          labelHidden
          value={rateOf(scenario, kind, service)}
          rule={FAULT_PCT_RULE}
          check={(pct) => rateEditProblem(scenario, kind, service, pct)}
          onCommit={(pct) => onChange(withServiceRate(scenario, kind, service, pct))}
        />
      ))}
    </div>
  );
}

/**
 * The "Failures" fieldset: per service, the share of calls answered 500, left hanging until the
 * proxy's 504, or answered 429; then how long a hang lasts and what a 429's Retry-After says.
 * Rows are the scenario's services, at most MAX_RATE_ROWS of them (a run may name thousands).
 */
export function ServiceRatesEditor({ scenario, onChange }: ServiceRatesEditorProps) {
  const introId = useId();
  const { calls } = scenario.fanOut;
  const { errorRates, hangRates, busyRates } = scenario.faults;
  // Only the calls and the lists decide the rows: other edits never rescan 100,000 calls.
  const rows = useMemo(
    () => rateRows({ calls, errorRates, hangRates, busyRates }),
    [calls, errorRates, hangRates, busyRates],
  );
  const set = (patch: Partial<FaultSettings>): void =>
    onChange({ ...scenario, faults: { ...scenario.faults, ...patch } });
  return (
    <fieldset className="controls__group" aria-describedby={introId}>
      <legend className="controls__legend">Failures</legend>
      <p id={introId} className="field__hint">
        Per service, the percent of calls answered 500 (error), left hanging until a proxy’s 504
        (hang), or refused with 429. A service’s three add up to 100 % at most; a service without
        rates of its own takes the * row’s.
      </p>
      <div className="rate-rows">
        <div className="rate-row rate-row--head" aria-hidden="true">
          <span>service</span>
          {RATE_KINDS.map((kind) => (
            <span key={kind}>{RATE_KIND_WORDS[kind]}</span>
          ))}
        </div>
        {rows.services.map((service) => (
          <RateRow key={service} scenario={scenario} onChange={onChange} service={service} />
        ))}
        <RateRow scenario={scenario} onChange={onChange} service={ANY_SERVICE} />
      </div>
      {rows.total > rows.services.length ? (
        <p className="field__hint" data-testid="rate-rows-more">
          Showing {rows.services.length} of {rows.total} services (those with rates of their own
          first). The * row sets all the others; to give one of them its own rates, add it to the
          address: <code>error=</code>, <code>hang=</code> and <code>busy=</code> take lists like{' '}
          <code>error=reviews:20,*:5</code>.
        </p>
      ) : null}
      <div className="parameters__fields">
        <NumberField
          label="hang lasts (ms)"
          value={scenario.faults.hangForMs}
          rule={HANG_FOR_RULE}
          onCommit={(hangForMs) => set({ hangForMs })}
          hint="Then the proxy answers 504."
        />
        <NumberField
          label="Retry-After (s)"
          value={scenario.faults.retryAfterS}
          rule={RETRY_AFTER_RULE}
          onCommit={(retryAfterS) => set({ retryAfterS })}
          hint="A 429’s wait; a retry waits at least this."
        />
      </div>
    </fieldset>
  );
}
