import { describe, expect, it } from 'vitest';
import { withFields, type FlatScenario } from './testing/flattenScenario.ts';
import { MODEL_NAMES } from './modelSpec.ts';
import { planScenario } from './planScenario.ts';
import { DEFAULT_SCENARIO, type Scenario } from './scenario.ts';

const talk = (changes: Partial<FlatScenario> = {}): Scenario =>
  withFields(DEFAULT_SCENARIO, changes);

describe('planScenario', () => {
  it("plans the talk's four calls under its model, with the formulas' makespan", () => {
    const plan = planScenario(talk({ model: 'worker-pool', limit: 2 }));
    expect(plan.planned.map((call) => call.latencyMs)).toEqual([125, 250, 375, 500]);
    expect(plan.spec).toEqual({ name: 'worker-pool', limit: 2 });
    // The talk's four calls over two connections: a pool of two, 750 ms (not 500).
    expect(plan.prediction?.makespanMs).toBe(750);
    expect(plan.faults).toBeUndefined();
    expect(plan.faultPrediction).toBeNull();
  });

  it('predicts the same calls under every model (the Compare lab), as DESIGN.md says', () => {
    const plan = planScenario(talk());
    const makespansMs = MODEL_NAMES.map((model) => plan.under(model).prediction?.makespanMs);
    expect(makespansMs).toEqual([1250, 500, 750, 750, 750, 1000]);
    expect(plan.under('sequential')).toEqual({
      spec: plan.spec,
      wire: null,
      prediction: plan.prediction,
    });
  });

  it('plans faults and their prediction, and drops the closed form for every model', () => {
    const plan = planScenario(talk({ errorRates: [{ service: '*', pct: 10 }], retries: 2 }));
    expect(plan.faults?.policy.retries).toBe(2);
    expect(plan.faultPrediction).not.toBeNull();
    expect(plan.prediction).toBeNull();
    expect(MODEL_NAMES.map((model) => plan.under(model).prediction)).toEqual(
      MODEL_NAMES.map(() => null),
    );
  });
});

describe('planScenario with the browser connections', () => {
  it("plans the scenario's wire, and each protocol's for Compare by protocol", () => {
    const plan = planScenario(
      withFields(DEFAULT_SCENARIO, { model: 'promise-all', connections: 2 }),
    );
    expect(plan.wire).toEqual({
      connections: 2,
      protocol: 'http/1.1',
      setupMs: 0,
      keepAlive: true,
    });
    // The talk's four calls over two connections: a pool of two, 750 ms (not 500).
    expect(plan.prediction?.makespanMs).toBe(750);
    // By protocol, each lane is a network run: the browser's six over HTTP/1.1, none over h2.
    const plain = planScenario(DEFAULT_SCENARIO);
    expect(plain.wire).toBeNull();
    expect(plain.under('promise-all', 'http1').wire?.connections).toBe(6);
    expect(plain.under('promise-all', 'h2').wire).toMatchObject({
      connections: null,
      protocol: 'h2',
    });
  });
});
