import { describe, expect, it } from 'vitest';
import { decodeScenario } from '../../core/urlCodec.ts';
import type { NetworkAccess } from '../networkEnginePort.ts';
import type { WorkerState } from '../workerState.ts';
import { autorunReady } from './autorunReady.ts';

const scenarioOf = (query: string) => decodeScenario(query).scenario;
const starting = { kind: 'starting' } as WorkerState;
const ready: WorkerState = { kind: 'ready' };
const checking: NetworkAccess = { kind: 'checking' };
const available: NetworkAccess = {
  kind: 'available',
  port: { run: () => Promise.reject(new Error('unused')) },
};
const unavailable: NetworkAccess = { kind: 'unavailable', reason: 'no server' };

describe('autorunReady', () => {
  it('holds a network run until the probe for Overlap’s server has answered, either way', () => {
    const network = scenarioOf('engine=network&autorun=1');
    expect(autorunReady(network, ready, checking)).toBe(false);
    expect(autorunReady(network, ready, available)).toBe(true);
    expect(autorunReady(network, ready, unavailable)).toBe(true);
    // A lab that never offers the network engine has nothing to wait for.
    expect(autorunReady(network, ready, undefined)).toBe(true);
  });

  it('holds a live run until the mock worker is known, and never holds a virtual one', () => {
    expect(autorunReady(scenarioOf('engine=live'), starting, available)).toBe(false);
    expect(autorunReady(scenarioOf('engine=live'), ready, checking)).toBe(true);
    expect(autorunReady(scenarioOf('model=sequential'), starting, checking)).toBe(true);
  });
});
