import { CONNECTIONS_RANGE } from '../../core/limits.ts';
import type { ProtocolName, RunSettings } from '../../core/runSettings.ts';
import type { Scenario } from '../../core/scenario.ts';
import { ChoiceGroup, type Choice } from './ChoiceGroup.tsx';
import { connectionCapText } from './connectionCapText.ts';
import { LessonSelect } from './LessonSelect.tsx';
import { wholeRule } from './numberRule.ts';
import { OptionalNumberField } from './OptionalNumberField.tsx';

const CONNECTIONS_RULE = wholeRule(CONNECTIONS_RANGE, 'connections');

const PROTOCOL_CHOICES: readonly Choice<ProtocolName>[] = [
  {
    value: 'http1',
    title: 'HTTP/1.1',
    line: 'one call per connection at a time; a browser opens at most 6 per host',
  },
  { value: 'h2', title: 'HTTP/2', line: 'every call multiplexed on one connection: no cap' },
];

export interface ProtocolFieldsProps {
  readonly scenario: Scenario;
  readonly onChange: (next: Scenario) => void;
}

/**
 * The browser's connections to the upstream (docs/network.md): the protocol, the HTTP/1.1
 * connections per host (empty: the browser's default), a sentence on the cap in force, and the
 * connection lessons.
 */
export function ProtocolFields({ scenario, onChange }: ProtocolFieldsProps) {
  const set = (patch: Partial<RunSettings>): void =>
    onChange({ ...scenario, run: { ...scenario.run, ...patch } });
  const run = scenario.run;
  return (
    <fieldset className="controls__group" data-testid="protocol-fields">
      <legend className="controls__legend">Connections</legend>
      <ChoiceGroup
        legend="Protocol"
        layout="compact"
        choices={PROTOCOL_CHOICES}
        value={run.protocol}
        onChange={(protocol) => set({ protocol })}
      />
      <div className="parameters__fields">
        <OptionalNumberField
          label="connections per host"
          value={run.connections}
          rule={CONNECTIONS_RULE}
          emptyMeans="the browser's default"
          onCommit={(connections) => set({ connections })}
          hint={
            run.protocol === 'h2'
              ? 'HTTP/1.1 connections: over HTTP/2 they do not apply.'
              : 'HTTP/1.1 connections to the host. Empty: 6 on the network engine, none here.'
          }
        />
      </div>
      <p className="field__hint" data-testid="connection-cap">
        {connectionCapText(run)}
      </p>
      <LessonSelect scenario={scenario} onChange={onChange} group="connections" />
    </fieldset>
  );
}
