import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '../policy/callPolicy.ts';
import { TALK_CALLS } from '../scenario.ts';
import { decodeScenario } from '../urlCodec.ts';
import { NO_FAULTS } from './faultSettings.ts';
import { predictFaults, predictScenarioFaults } from './predictFaults.ts';

const predictQuery = (query: string) => predictScenarioFaults(decodeScenario(query).scenario);

describe('predictFaults', () => {
  it('with 20 % errors and no retry, each call succeeds 80 % of the time and four all do 41 %', () => {
    const faults = { ...NO_FAULTS, errorRates: [{ service: '*', pct: 20 }] };
    const p = predictFaults(TALK_CALLS, faults, DEFAULT_POLICY, false);
    expect(p.callSuccessPct).toBeCloseTo(80, 9);
    expect(p.requestSuccessPct).toBeCloseTo(100 * 0.8 ** 4, 9);
    expect(p.copiesPerCall).toBeCloseTo(1, 9);
  });

  it('two retries lift a call to 1 - q^3 and send (1 - q^3) / (1 - q) copies', () => {
    const faults = { ...NO_FAULTS, errorRates: [{ service: '*', pct: 50 }] };
    const p = predictFaults(TALK_CALLS, faults, { ...DEFAULT_POLICY, retries: 2 }, false);
    expect(p.callSuccessPct).toBeCloseTo(87.5, 9);
    expect(p.copiesPerCall).toBeCloseTo(1.75, 9);
  });

  it('a sequential loop that stops at the first failure loses the later calls too', () => {
    const faults = { ...NO_FAULTS, errorRates: [{ service: '*', pct: 50 }] };
    const p = predictFaults(TALK_CALLS, faults, DEFAULT_POLICY, 1);
    // (0.5 + 0.25 + 0.125 + 0.0625) / 4
    expect(p.callSuccessPct).toBeCloseTo(100 * (0.9375 / 4), 9);
  });

  it('rates of one service leave the others alone', () => {
    const faults = { ...NO_FAULTS, busyRates: [{ service: 'reviews', pct: 100 }] };
    const p = predictFaults(TALK_CALLS, faults, DEFAULT_POLICY, false);
    expect(p.callSuccessPct).toBeCloseTo(75, 9);
    expect(p.requestSuccessPct).toBe(0);
  });

  it('says there is no closed form for hedges with failures, and cancellation', () => {
    const p = predictFaults(
      TALK_CALLS,
      { ...NO_FAULTS, errorRates: [{ service: '*', pct: 5 }] },
      { ...DEFAULT_POLICY, hedgeMs: 100, cancelOnFailure: true },
      false,
    );
    expect(p.copiesPerCall).toBeNull();
    expect(p.callSuccessPct).toBeNull();
    expect(p.notes.join(' ')).toMatch(/no closed form/);
  });

  it('predicts a hedge’s copies when nothing fails: 1 + P(first copy still out at h)', () => {
    // Fixed 125-500 ms calls hedged at 100 ms: every call sends its hedge.
    const fixed = predictFaults(TALK_CALLS, NO_FAULTS, { ...DEFAULT_POLICY, hedgeMs: 100 }, false);
    expect(fixed.copiesPerCall).toBe(2);
    // hedge=p95 of ~100 waits 300 ms: P(draw > 300) = P(exponential > 300.5) = e^-3.005.
    const p95 = predictQuery('model=promise-all&calls=~100*4,50&hedge=p95');
    expect(p95.copiesPerCall).toBeCloseTo(1 + (4 * Math.exp(-3.005)) / 5, 12);
  });

  it('a timeout shorter than every answer fails every copy: 0 % success, r + 1 copies per call', () => {
    const p = predictQuery('calls=100,200,300&timeout=50&retries=3');
    expect(p.requestSuccessPct).toBe(0);
    expect(p.callSuccessPct).toBe(0);
    expect(p.copiesPerCall).toBeCloseTo(4, 9);
  });

  it('a copy succeeds when it draws no fault and answers by the timeout (ties go to the answer)', () => {
    // 80-160 never answers by 50 ms, 50 does (the tie), 60 does not; half of all copies fail
    // with 500 anyway.
    const tie = predictQuery('model=promise-all&calls=80-160,50,60&error=*:50&timeout=50');
    expect(tie.callSuccessPct).toBeCloseTo((100 * 0.5) / 3, 9);
    // Draws are whole ms: 80 + u * 80 rounds to <= 120 when it is < 120.5, so
    // q_eff = 1 - 0.5 * 40.5 / 80, and two retries give p = 1 - q_eff^3.
    const qEff = 1 - (0.5 * 40.5) / 80;
    const p = predictQuery('model=promise-all&calls=80-160&error=*:50&timeout=120&retries=2');
    expect(p.callSuccessPct).toBeCloseTo(100 * (1 - qEff ** 3), 9);
    expect(p.copiesPerCall).toBeCloseTo((1 - qEff ** 3) / (1 - qEff), 9);
  });

  it('a hedge rescues a failed first copy still out at the hedge delay', () => {
    // A 500 comes after 300 ms, so the first copy is still out at the 100 ms hedge, and the
    // hedge copy fails half the time too: an attempt fails with f = 0.5 * 0.5.
    expect(predictQuery('calls=300&error=*:50&hedge=100').callSuccessPct).toBeCloseTo(75, 9);
    // A 429 answers at 5 ms, before a 100 ms hedge: no hedge, no rescue.
    expect(predictQuery('calls=300&busy=*:50&hedge=100').callSuccessPct).toBeCloseTo(50, 9);
  });

  it('batches that stop at a failed chunk never send the later chunks', () => {
    // Chunks of 2 at 50 % each: the first chunk is always sent, the second with probability 1/4.
    const p = predictQuery('model=batches&limit=2&calls=100*4&error=*:50');
    expect(p.callSuccessPct).toBeCloseTo((100 * (0.5 + 0.5 + 0.25 * 0.5 * 2)) / 4, 9);
  });
});
