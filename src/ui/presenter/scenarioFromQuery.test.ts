import { describe, expect, it } from 'vitest';
import { DEFAULT_SCENARIO, type Scenario } from '../../core/scenario.ts';
import { scenarioFromQuery } from './scenarioFromQuery.ts';

const FRAME: Scenario = {
  ...DEFAULT_SCENARIO,
  fanOut: { ...DEFAULT_SCENARIO.fanOut, model: 'offload' },
  view: {
    ...DEFAULT_SCENARIO.view,
    embed: true,
    controls: false,
    theme: 'projector',
    origin: 'https://slides.example',
  },
};

describe('scenarioFromQuery', () => {
  it('decodes the query and keeps the frame presenting parameters', () => {
    expect(scenarioFromQuery('?model=worker-pool&limit=3', FRAME)).toEqual({
      scenario: { ...FRAME, fanOut: { ...FRAME.fanOut, model: 'worker-pool', limit: 3 } },
      messages: [],
    });
  });

  it('starts from the defaults, not from the current scenario', () => {
    expect(scenarioFromQuery('', FRAME).scenario.fanOut.model).toBe('sequential');
  });

  it('reports the codec messages and any frame parameter the query tries to change', () => {
    const { scenario, messages } = scenarioFromQuery(
      'limit=x&origin=https://evil.example&embed=0',
      FRAME,
    );
    expect(scenario.view.origin).toBe('https://slides.example');
    expect(scenario.view.embed).toBe(true);
    expect(messages.map((m) => m.param)).toEqual(['limit', 'embed', 'origin']);
    expect(messages[2]?.message).toBe(
      "origin: is set by the frame's address and a message cannot change it; it stays as it was.",
    );
  });
});
