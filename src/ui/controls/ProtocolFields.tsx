import { CONNECTIONS_RANGE, SETUP_RANGE_MS } from '../../core/limits.ts';
import type { ConnectionReuse, ProtocolName, RunSettings } from '../../core/runSettings.ts';
import type { Scenario } from '../../core/scenario.ts';
import { ChoiceGroup, type Choice } from './ChoiceGroup.tsx';
import { connectionCapText } from './connectionCapText.ts';
import { LessonSelect } from './LessonSelect.tsx';
import { NumberField } from './NumberField.tsx';
import { wholeRule } from './numberRule.ts';
import { OptionalNumberField } from './OptionalNumberField.tsx';

const CONNECTIONS_RULE = wholeRule(CONNECTIONS_RANGE, 'connections');
const SETUP_RULE = wholeRule(SETUP_RANGE_MS, 'ms');

const REUSE_CHOICES: readonly Choice<ConnectionReuse>[] = [
  { value: 'keep-alive', title: 'Keep-alive', line: 'the next call reuses the open connection' },
  {
    value: 'close',
    title: 'Connection: close',
    line: 'the server closes it after each answer: every call opens a new one',
  },
];

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
        <NumberField
          label="set-up per new connection (ms)"
          value={run.setupMs}
          rule={SETUP_RULE}
          onCommit={(setupMs) => set({ setupMs })}
          hint="What opening a connection (DNS, TCP, TLS) costs the virtual engine; network runs measure theirs."
        />
      </div>
      <ChoiceGroup
        legend="After an answer (HTTP/1.1)"
        layout="compact"
        choices={REUSE_CHOICES}
        value={run.connection}
        onChange={(connection) => set({ connection })}
      />
      <p className="field__hint" data-testid="connection-cap">
        {connectionCapText(run)}
      </p>
      <LessonSelect scenario={scenario} onChange={onChange} group="connections" />
    </fieldset>
  );
}
