import { useId, useState } from 'react';
import type { FanOutSettings } from '../../core/fanOutSettings.ts';
import { THROTTLE_KINDS, type ThrottleKind } from '../../core/modelSpec.ts';
import { DEFAULT_LIMIT, type Scenario } from '../../core/scenario.ts';
import { ChoiceGroup, type Choice } from './ChoiceGroup.tsx';
import { NumberField } from './NumberField.tsx';
import {
  BURST_RULE,
  CAP_RULE,
  LIMIT_RULE,
  MIN_TIME_RULE,
  RATE_RULE,
  WINDOW_RULE,
} from './parameterRules.ts';
import { THROTTLE_DESCRIPTIONS } from './throttleDescriptions.ts';

const THROTTLE_CHOICES: readonly Choice<ThrottleKind>[] = THROTTLE_KINDS.map((kind) => ({
  value: kind,
  ...THROTTLE_DESCRIPTIONS[kind],
}));

export interface ThrottleParametersProps {
  readonly scenario: Scenario;
  readonly onChange: (next: Scenario) => void;
}

/** The throttle's rule, that rule's numbers, and the optional bound on calls in flight. */
export function ThrottleParameters({ scenario, onChange }: ThrottleParametersProps) {
  const boundId = useId();
  // Unticking the bound sets `limit` to null (no bound); ticking it again brings back the last
  // bound used here rather than the default, so a mis-click loses nothing.
  const [lastBound, setLastBound] = useState(scenario.fanOut.limit ?? DEFAULT_LIMIT);
  const bounded = scenario.fanOut.limit !== null;
  const set = (patch: Partial<FanOutSettings>): void =>
    onChange({ ...scenario, fanOut: { ...scenario.fanOut, ...patch } });
  return (
    <div className="parameters">
      <ChoiceGroup
        legend="Throttle rule"
        layout="compact"
        choices={THROTTLE_CHOICES}
        value={scenario.fanOut.throttle}
        onChange={(throttle) => set({ throttle })}
      />
      <div className="parameters__fields">
        {scenario.fanOut.throttle === 'sliding' || scenario.fanOut.throttle === 'fixed' ? (
          <>
            <NumberField
              label="cap (starts per window)"
              value={scenario.fanOut.cap}
              rule={CAP_RULE}
              onCommit={(cap) => set({ cap })}
            />
            <NumberField
              label="window (ms)"
              value={scenario.fanOut.windowMs}
              rule={WINDOW_RULE}
              onCommit={(windowMs) => set({ windowMs })}
            />
          </>
        ) : null}
        {scenario.fanOut.throttle === 'spacing' ? (
          <NumberField
            label="minTime (ms between starts)"
            value={scenario.fanOut.minTimeMs}
            rule={MIN_TIME_RULE}
            onCommit={(minTimeMs) => set({ minTimeMs })}
          />
        ) : null}
        {scenario.fanOut.throttle === 'bucket' ? (
          <>
            <NumberField
              label="burst (tokens at 0)"
              value={scenario.fanOut.burst}
              rule={BURST_RULE}
              onCommit={(burst) => set({ burst })}
            />
            <NumberField
              label="rate (tokens per second)"
              value={scenario.fanOut.ratePerSec}
              rule={RATE_RULE}
              onCommit={(ratePerSec) => set({ ratePerSec })}
              hint="Decimals allowed, e.g. 0.5"
            />
          </>
        ) : null}
      </div>
      <div className="parameters__bound">
        <label className="check" htmlFor={boundId}>
          <input
            id={boundId}
            type="checkbox"
            className="check__box"
            checked={bounded}
            onChange={(event) => {
              if (event.target.checked) {
                set({ limit: lastBound });
              } else {
                setLastBound(scenario.fanOut.limit ?? DEFAULT_LIMIT);
                set({ limit: null });
              }
            }}
          />
          <span className="check__text">
            Also bound calls in flight
            <span className="check__line">a worker pool on top of the throttle</span>
          </span>
        </label>
        {bounded ? (
          <NumberField
            label="limit (calls in flight at most)"
            value={scenario.fanOut.limit ?? DEFAULT_LIMIT}
            rule={LIMIT_RULE}
            onCommit={(limit) => set({ limit })}
          />
        ) : null}
      </div>
    </div>
  );
}
