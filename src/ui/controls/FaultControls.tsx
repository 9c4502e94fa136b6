import { useState } from 'react';
import type { Scenario } from '../../core/scenario.ts';
import { faultSummary, hasFaultSettings } from './faultRules.ts';
import { LessonSelect } from './LessonSelect.tsx';
import { PolicyControls } from './PolicyControls.tsx';
import { ServiceRatesEditor } from './ServiceRatesEditor.tsx';

export interface FaultControlsProps {
  readonly scenario: Scenario;
  readonly onChange: (next: Scenario) => void;
}

/**
 * "Failures and retries": the lessons, the services' failures and the client's call policy, in
 * one disclosure. It starts closed on a plain scenario (most runs have no faults, and the page
 * stays short), and open when something is set; it also opens when something becomes set from
 * outside (a lesson, a pasted link, back/forward), so a change never happens out of sight.
 */
export function FaultControls({ scenario, onChange }: FaultControlsProps) {
  const active = hasFaultSettings(scenario);
  const [open, setOpen] = useState(active);
  const [wasActive, setWasActive] = useState(active);
  if (active !== wasActive) {
    // Adjusting state while rendering (React's pattern for props that change), not an effect.
    setWasActive(active);
    if (active) setOpen(true);
  }
  return (
    <details
      className="fault-controls"
      open={open}
      onToggle={(event) => setOpen(event.currentTarget.open)}
      data-testid="fault-controls"
    >
      <summary className="fault-controls__summary">
        Failures and retries{' '}
        <span className="controls__legend-detail">· {faultSummary(scenario)}</span>
      </summary>
      <div className="fault-controls__body">
        <LessonSelect scenario={scenario} onChange={onChange} />
        <div className="fault-controls__groups">
          <ServiceRatesEditor scenario={scenario} onChange={onChange} />
          <PolicyControls scenario={scenario} onChange={onChange} />
        </div>
      </div>
    </details>
  );
}
