import { DEFAULT_LIMIT, type Scenario } from '../../core/scenario.ts';
import { MODEL_DESCRIPTIONS } from './modelDescriptions.ts';
import { NumberField } from './NumberField.tsx';
import { LIMIT_RULE, WORK_RULE } from './parameterRules.ts';
import { ThrottleParameters } from './ThrottleParameters.tsx';

export interface ModelParametersProps {
  readonly scenario: Scenario;
  readonly onChange: (next: Scenario) => void;
}

/**
 * The chosen model's parameters, and only those. The others stay in the scenario untouched
 * (README: switching models back and forth loses nothing).
 */
export function ModelParameters({ scenario, onChange }: ModelParametersProps) {
  const title = MODEL_DESCRIPTIONS[scenario.fanOut.model].title;
  const limit = scenario.fanOut.limit ?? DEFAULT_LIMIT;
  const defaultHint = scenario.fanOut.limit === null ? `The default, ${DEFAULT_LIMIT}` : undefined;
  const body = (() => {
    switch (scenario.fanOut.model) {
      case 'sequential':
      case 'promise-all':
        return <p className="parameters__none">This model has no parameters.</p>;
      case 'worker-pool':
        return (
          <NumberField
            label="limit (pool size: calls in flight at most)"
            value={limit}
            rule={LIMIT_RULE}
            onCommit={(next) =>
              onChange({ ...scenario, fanOut: { ...scenario.fanOut, limit: next } })
            }
            hint={defaultHint}
          />
        );
      case 'batches':
        return (
          <NumberField
            label="limit (batch size: calls per batch)"
            value={limit}
            rule={LIMIT_RULE}
            onCommit={(next) =>
              onChange({ ...scenario, fanOut: { ...scenario.fanOut, limit: next } })
            }
            hint={defaultHint}
          />
        );
      case 'offload':
        return (
          <NumberField
            label="work (ms of local work)"
            value={scenario.fanOut.workMs}
            rule={WORK_RULE}
            onCommit={(workMs) => onChange({ ...scenario, fanOut: { ...scenario.fanOut, workMs } })}
          />
        );
      case 'throttled':
        return <ThrottleParameters scenario={scenario} onChange={onChange} />;
    }
  })();
  return (
    <fieldset className="controls__group">
      <legend className="controls__legend">
        Parameters <span className="controls__legend-detail">· {title}</span>
      </legend>
      {body}
    </fieldset>
  );
}
