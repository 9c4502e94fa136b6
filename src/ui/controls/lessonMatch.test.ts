import { describe, expect, it } from 'vitest';
import { withFields } from '../../core/testing/flattenScenario.ts';
import { faultLesson } from '../../core/faults/faultLessons.ts';
import { LESSONS } from '../../core/lessons.ts';
import { networkLesson } from '../../core/network/networkLessons.ts';
import { DEFAULT_SCENARIO } from '../../core/scenario.ts';
import { decodeScenario, encodeScenario } from '../../core/urlCodec.ts';
import { activeLesson, applyLesson } from './lessonMatch.ts';

describe('the lessons (failures and connections)', () => {
  it('choosing a lesson applies exactly its values and keeps everything else', () => {
    const before = {
      ...DEFAULT_SCENARIO,
      run: { ...DEFAULT_SCENARIO.run, engine: 'live' as const, speed: 0.5 },
      fanOut: { ...DEFAULT_SCENARIO.fanOut, cap: 7 },
    };
    for (const lesson of LESSONS) {
      const after = applyLesson(before, lesson);
      expect(after).toEqual(withFields(before, lesson.values));
      expect(after.run.engine).toBe('live');
      expect(after.fanOut.cap).toBe(7);
    }
  });

  it('detects the active lesson, and none on a plain scenario', () => {
    expect(activeLesson(DEFAULT_SCENARIO)).toBeNull();
    for (const lesson of LESSONS) {
      expect(activeLesson(applyLesson(DEFAULT_SCENARIO, lesson))).toBe(lesson);
    }
  });

  it('still detects a lesson after a round trip through the address', () => {
    for (const lesson of LESSONS) {
      const query = encodeScenario(applyLesson(DEFAULT_SCENARIO, lesson));
      expect(activeLesson(decodeScenario(query).scenario)).toBe(lesson);
    }
  });

  it('forgets the lesson once one of its values is edited away', () => {
    const lesson = applyLesson(DEFAULT_SCENARIO, faultLesson('retry-amplification'));
    expect(activeLesson({ ...lesson, policy: { ...lesson.policy, retries: 0 } })).toBeNull();
    expect(
      activeLesson({
        ...lesson,
        fanOut: { ...lesson.fanOut, calls: lesson.fanOut.calls.slice(1) },
      }),
    ).toBeNull();
    expect(
      activeLesson({
        ...lesson,
        faults: { ...lesson.faults, errorRates: [{ service: '*', pct: 41 }] },
      }),
    ).toBeNull();
    // Settings a lesson does not set (the engine, the speed) do not matter.
    expect(activeLesson({ ...lesson, run: { ...lesson.run, speed: 2 } })?.name).toBe(
      'retry-amplification',
    );
  });
});

describe('the pool-of-six lesson', () => {
  it('holds over either protocol (its text speaks of both), not once connections change', () => {
    const lesson = networkLesson('pool-of-six');
    const applied = applyLesson(DEFAULT_SCENARIO, lesson);
    expect(activeLesson({ ...applied, run: { ...applied.run, protocol: 'h2' } })).toBe(lesson);
    expect(activeLesson({ ...applied, run: { ...applied.run, connections: 5 } })).toBeNull();
  });

  it('clears a failure lesson it replaces, and a failure lesson clears its connections', () => {
    const failing = applyLesson(DEFAULT_SCENARIO, faultLesson('retry-amplification'));
    const pool = applyLesson(failing, networkLesson('pool-of-six'));
    expect(pool.faults).toEqual(DEFAULT_SCENARIO.faults);
    expect(pool.policy).toEqual(DEFAULT_SCENARIO.policy);
    const back = applyLesson(pool, faultLesson('fail-fast'));
    expect(back.run.connections).toBeNull();
  });
});
