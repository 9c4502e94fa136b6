import { describe, expect, it } from 'vitest';
import {
  frameMemoryKey,
  memoryOf,
  parseFrameMemory,
  restorePlan,
  type FrameMemory,
} from './frameMemory.ts';
import type { LabRunState } from './labCommandBus.ts';

const state = (fields: Partial<LabRunState>): LabRunState => ({
  status: 'done',
  playback: 'stopped',
  seekable: true,
  nowMs: 1250,
  error: null,
  ...fields,
});

const virtual = (): 'virtual' => 'virtual';

describe('memoryOf', () => {
  it('remembers a finished run and a held replay with their cursor', () => {
    expect(memoryOf(state({}), 'embed=1')).toEqual({
      query: 'embed=1',
      status: 'done',
      nowMs: 1250,
    });
    expect(memoryOf(state({ status: 'running', playback: 'paused', nowMs: 375 }), 'q')).toEqual({
      query: 'q',
      status: 'running',
      nowMs: 375,
    });
  });

  it('keeps the last settled memory while a run moves', () => {
    expect(memoryOf(state({ status: 'running', playback: 'playing' }), 'q')).toBeNull();
    expect(
      memoryOf(state({ status: 'running', playback: 'stopped', seekable: false }), 'q'),
    ).toBeNull();
  });

  it('remembers no run after a reset, a failure or without a lab', () => {
    expect(memoryOf(state({ status: 'idle', nowMs: 0 }), 'q')).toEqual({
      query: 'q',
      status: 'idle',
      nowMs: 0,
    });
    expect(memoryOf(state({ error: 'boom' }), 'q')?.status).toBe('idle');
    expect(memoryOf(null, 'q')).toEqual({ query: 'q', status: 'idle', nowMs: 0 });
  });
});

describe('parseFrameMemory', () => {
  it('reads back what was written', () => {
    const memory: FrameMemory = { query: 'model=batches', status: 'done', nowMs: 500 };
    expect(parseFrameMemory(JSON.stringify(memory))).toEqual(memory);
  });

  it.each([
    null,
    '',
    '{',
    '42',
    'null',
    '{"query":1,"status":"done","nowMs":0}',
    '{"query":"","status":"over","nowMs":0}',
    '{"query":"","status":"done","nowMs":-1}',
    '{"query":"","status":"done"}',
  ])('ignores %j', (text) => {
    expect(parseFrameMemory(text)).toBeNull();
  });
});

describe('restorePlan', () => {
  it('replays a finished virtual run and seeks to the remembered cursor', () => {
    const memory: FrameMemory = { query: 'embed=1', status: 'done', nowMs: 750 };
    expect(restorePlan(memory, 'embed=1', virtual)).toEqual({
      query: null,
      seekMs: 750,
      finish: true,
    });
  });

  it('brings back a scenario changed in the frame', () => {
    const memory: FrameMemory = { query: 'model=worker-pool&embed=1', status: 'idle', nowMs: 0 };
    expect(restorePlan(memory, 'embed=1', virtual)).toEqual({
      query: 'model=worker-pool&embed=1',
      seekMs: null,
      finish: false,
    });
  });

  it('does not replay a live run (the network does not repeat itself)', () => {
    const memory: FrameMemory = { query: 'engine=live&embed=1', status: 'done', nowMs: 500 };
    expect(restorePlan(memory, 'engine=live&embed=1', () => 'live')).toEqual({
      query: null,
      seekMs: null,
      finish: false,
    });
  });

  it('does nothing for a frame never seen before', () => {
    expect(restorePlan(null, 'embed=1', virtual)).toEqual({
      query: null,
      seekMs: null,
      finish: false,
    });
  });

  it('brings a held replay back held, not finished', () => {
    const memory: FrameMemory = { query: 'embed=1', status: 'running', nowMs: 375 };
    expect(restorePlan(memory, 'embed=1', virtual)).toEqual({
      query: null,
      seekMs: 375,
      finish: false,
    });
  });
});

it('keys the memory by the address the frame loaded', () => {
  expect(frameMemoryKey('http://localhost/?embed=1')).toBe(
    'overlap:frame:http://localhost/?embed=1',
  );
});
