import { describe, expect, it } from 'vitest';
import { LAB_NAMES } from './scenario.ts';
import { decodeScenario, encodeScenario } from './urlCodec.ts';

/** Settings of every lab at once: the shared calls and model, faults, a policy, the server. */
const EVERY_LAB_SET =
  'lab=fanout&model=worker-pool&calls=80,30,30&limit=3&requests=40&concurrency=8&processes=2' +
  '&seed=7&speed=2&error=*:10&timeout=400&retries=2';

// A lab tab's edit is `{ ...scenario, lab }` (LabShell): only the lab changes, and the address
// it writes keeps every other lab's settings, so Back, Forward and a reload find them too.
describe('switching labs in the address', () => {
  it('keeps every lab’s settings through each switch, in memory and in the address', () => {
    const loaded = decodeScenario(EVERY_LAB_SET);
    expect(loaded.messages).toEqual([]);
    let scenario = loaded.scenario;
    for (const lab of [...LAB_NAMES, 'fanout' as const]) {
      const switched = { ...scenario, lab };
      const reread = decodeScenario(encodeScenario(switched));
      expect(reread.messages).toEqual([]);
      expect(reread.scenario).toEqual(switched);
      scenario = reread.scenario;
    }
    expect(scenario).toEqual(loaded.scenario);
    expect(scenario.server).toMatchObject({ requests: 40, concurrency: 8, processes: 2 });
    expect(scenario.fanOut).toMatchObject({ model: 'worker-pool', limit: 3 });
    expect(scenario.policy).toMatchObject({ timeoutMs: 400, retries: 2 });
  });
});
