import { DEFAULT_LIMIT, type Scenario } from '../../../core/scenario.ts';
import { NumberField } from '../../controls/NumberField.tsx';
import { LIMIT_RULE, WORK_RULE } from '../../controls/parameterRules.ts';
import { ThrottleParameters } from '../../controls/ThrottleParameters.tsx';

export interface CompareParametersProps {
  readonly scenario: Scenario;
  readonly onChange: (next: Scenario) => void;
}

/**
 * The parameters of every model that has some, at once (every model runs). The address holds one
 * `limit` for the pool, the batches and the throttle's bound in flight, so it is one field here,
 * and the hint says that setting it also bounds the throttle (modelSpecOf reads it that way).
 */
export function CompareParameters({ scenario, onChange }: CompareParametersProps) {
  const limitHint =
    scenario.fanOut.limit === null
      ? `The default, ${DEFAULT_LIMIT}. Setting it also bounds the throttle's calls in flight.`
      : `Also the throttle's bound on calls in flight (one limit in the address).`;
  return (
    <fieldset className="controls__group">
      <legend className="controls__legend">
        Parameters <span className="controls__legend-detail">· every model runs</span>
      </legend>
      <div className="parameters">
        <div className="parameters__fields">
          <NumberField
            label="limit (worker pool size, batch size)"
            value={scenario.fanOut.limit ?? DEFAULT_LIMIT}
            rule={LIMIT_RULE}
            onCommit={(limit) => onChange({ ...scenario, fanOut: { ...scenario.fanOut, limit } })}
            hint={limitHint}
          />
          <NumberField
            label="work (ms of local work, offload)"
            value={scenario.fanOut.workMs}
            rule={WORK_RULE}
            onCommit={(workMs) => onChange({ ...scenario, fanOut: { ...scenario.fanOut, workMs } })}
          />
        </div>
        <fieldset className="compare-parameters__throttle">
          <legend className="compare-parameters__legend">Throttled</legend>
          <ThrottleParameters scenario={scenario} onChange={onChange} />
        </fieldset>
      </div>
    </fieldset>
  );
}
