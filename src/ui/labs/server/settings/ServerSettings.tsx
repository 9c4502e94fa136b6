import { useId, useState } from 'react';
import type { ServerSpec } from '../../../../core/server/serverSpec.ts';
import type { Scenario } from '../../../../core/scenario.ts';
import { serverRunInputOf } from '../../../../core/server/serverRunInput.ts';
import { servingSlotsOf, workerCountOf } from '../../../../core/server/serverSpec.ts';
import { ChoiceGroup, type Choice } from '../../../controls/ChoiceGroup.tsx';
import { NumberField } from '../../../controls/NumberField.tsx';
import { ArrivalSelect } from './ArrivalSelect.tsx';
import { CodecNumberField } from './CodecNumberField.tsx';
import {
  CONCURRENCY_RULE,
  DEFAULT_GREENLETS,
  DEFAULT_UPSTREAM_CAP,
  GREENLETS_RULE,
  PROCESSES_RULE,
  REQUESTS_RULE,
  THREADS_RULE,
  UPSTREAM_CAP_RULE,
} from './serverRules.ts';

export interface ServerSettingsProps {
  readonly scenario: Scenario;
  readonly onChange: (next: Scenario) => void;
}

type WorkerKind = 'sync' | 'greenlets';

const WORKER_CHOICES: readonly Choice<WorkerKind>[] = [
  {
    value: 'sync',
    title: 'Sync threads',
    line: 'A worker holds its request until the handler returns (also asyncio’s run_until_complete)',
  },
  {
    value: 'greenlets',
    title: 'Greenlets',
    line: 'gevent: many cheap workers per process, each serving one request',
  },
];

/**
 * The load test: the client (N requests, C at once), the server's workers, the upstream's
 * capacity and the overheads the ideal leaves out. A line under them says what the settings
 * make: W workers and min(W, C, N) requests served at once, the heart of the formula.
 */
export function ServerSettings({ scenario, onChange }: ServerSettingsProps) {
  const capId = useId();
  const set = (patch: Partial<ServerSpec>): void =>
    onChange({ ...scenario, server: { ...scenario.server, ...patch } });
  // Switching to sync and back, or unbounding the upstream and back, restores the last number.
  const [lastGreenlets, setLastGreenlets] = useState(
    scenario.server.greenlets ?? DEFAULT_GREENLETS,
  );
  const [lastCap, setLastCap] = useState(scenario.server.upstreamCap ?? DEFAULT_UPSTREAM_CAP);
  const chooseKind = (next: WorkerKind): void => {
    if (next === 'sync') {
      setLastGreenlets(scenario.server.greenlets ?? lastGreenlets);
      set({ greenlets: null });
    } else {
      set({ greenlets: lastGreenlets });
    }
  };
  const bound = (on: boolean): void => {
    if (on) {
      set({ upstreamCap: lastCap });
    } else {
      setLastCap(scenario.server.upstreamCap ?? lastCap);
      set({ upstreamCap: null });
    }
  };
  const { server } = serverRunInputOf(scenario);
  const workers = workerCountOf(server);
  const kind: WorkerKind = scenario.server.greenlets === null ? 'sync' : 'greenlets';
  const open = scenario.server.arrival === 'open';
  return (
    <fieldset className="controls__group">
      <legend className="controls__legend">Server</legend>
      <div className="parameters">
        <ArrivalSelect value={scenario.server.arrival} onChange={(arrival) => set({ arrival })} />
        <div className="parameters__fields">
          <NumberField
            label="requests (N)"
            value={scenario.server.requests}
            rule={REQUESTS_RULE}
            onCommit={(requests) => set({ requests })}
            hint={
              open ? 'Each due at its Poisson arrival.' : 'All created at t = 0, like hammer.py.'
            }
          />
          {open ? (
            <CodecNumberField
              label="arrival rate (requests/s)"
              param="arrivalRate"
              field="arrivalRatePerSec"
              scenario={scenario}
              onChange={onChange}
              hint="Sent when due, however many are in flight."
            />
          ) : (
            <NumberField
              label="client concurrency (C)"
              value={scenario.server.concurrency}
              rule={CONCURRENCY_RULE}
              onCommit={(concurrency) => set({ concurrency })}
              hint="Requests in flight at most (hammer.py: 50)."
            />
          )}
        </div>
        <ChoiceGroup
          legend="Workers"
          layout="compact"
          choices={WORKER_CHOICES}
          value={kind}
          onChange={chooseKind}
        />
        <div className="parameters__fields">
          <NumberField
            label="processes"
            value={scenario.server.processes}
            rule={PROCESSES_RULE}
            onCommit={(processes) => set({ processes })}
          />
          {scenario.server.greenlets === null ? (
            <NumberField
              label="threads per process"
              value={scenario.server.threads}
              rule={THREADS_RULE}
              onCommit={(threads) => set({ threads })}
            />
          ) : (
            <NumberField
              label="greenlets per process"
              value={scenario.server.greenlets}
              rule={GREENLETS_RULE}
              onCommit={(greenlets) => set({ greenlets })}
            />
          )}
        </div>
        <p className="server-settings__formula" data-testid="server-formula">
          W = {workers} {workers === 1 ? 'worker' : 'workers'}; min(W, {open ? '' : 'C, '}N) ={' '}
          {servingSlotsOf(server)} served at once.
        </p>
        <div className="parameters__bound">
          <label className="check" htmlFor={capId}>
            <input
              id={capId}
              type="checkbox"
              className="check__box"
              checked={scenario.server.upstreamCap !== null}
              onChange={(event) => bound(event.target.checked)}
            />
            <span className="check__text">
              Bounded upstream
              <span className="check__line">
                it serves so many calls at once; the rest wait in line (the talk’s: 200)
              </span>
            </span>
          </label>
          {scenario.server.upstreamCap === null ? null : (
            <NumberField
              label="upstream capacity (calls at once)"
              value={scenario.server.upstreamCap}
              rule={UPSTREAM_CAP_RULE}
              onCommit={(upstreamCap) => set({ upstreamCap })}
            />
          )}
        </div>
        <div className="parameters__fields">
          <CodecNumberField
            label="call overhead (ms)"
            param="callOverhead"
            field="callOverheadMs"
            scenario={scenario}
            onChange={onChange}
            hint="Connection set-up and DNS, per call."
          />
          <CodecNumberField
            label="request overhead (ms)"
            param="requestOverhead"
            field="requestOverheadMs"
            scenario={scenario}
            onChange={onChange}
            hint="Parsing and routing, per request."
          />
        </div>
      </div>
    </fieldset>
  );
}
