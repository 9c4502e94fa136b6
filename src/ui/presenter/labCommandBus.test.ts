import { describe, expect, it } from 'vitest';
import { createLabCommandBus } from './labCommandBus.ts';
import { fakeLab } from './testing/fakeLab.ts';

describe('createLabCommandBus', () => {
  it('says no lab takes commands before one registers', () => {
    const bus = createLabCommandBus();
    expect(bus.send({ type: 'run' })).toBe('no-lab');
    expect(bus.state()).toBeNull();
    expect(bus.supported()).toEqual([]);
  });

  it('hands every command to the registered lab', () => {
    const bus = createLabCommandBus();
    const lab = fakeLab();
    bus.register(lab.handler);
    expect(bus.supported()).toEqual(['run', 'reset', 'pause', 'play', 'step', 'seek']);
    for (const command of [
      { type: 'run' },
      { type: 'pause' },
      { type: 'play' },
      { type: 'step', direction: -1 },
      { type: 'seek', ms: 300 },
      { type: 'reset' },
    ] as const) {
      expect(bus.send(command)).toBe('done');
    }
    expect(lab.received.map((c) => c.type)).toEqual([
      'run',
      'pause',
      'play',
      'step',
      'seek',
      'reset',
    ]);
  });

  it('reports the replay commands a lab lacks as unsupported, and ignores them', () => {
    const bus = createLabCommandBus();
    const lab = fakeLab({ replay: false });
    bus.register(lab.handler);
    expect(bus.supported()).toEqual(['run', 'reset']);
    expect(bus.send({ type: 'pause' })).toBe('unsupported');
    expect(bus.send({ type: 'step', direction: 1 })).toBe('unsupported');
    expect(lab.received).toEqual([]);
  });

  it('notifies on registration and on every state change of the shown lab', () => {
    const bus = createLabCommandBus();
    const lab = fakeLab();
    let calls = 0;
    bus.subscribe(() => {
      calls += 1;
    });
    const unregister = bus.register(lab.handler);
    lab.set({ status: 'running' });
    expect(bus.state()?.status).toBe('running');
    unregister();
    lab.set({ status: 'done' });
    expect(calls).toBe(3);
    expect(bus.state()).toBeNull();
  });

  it('lets a later registration win, and ignores the earlier unregistration', () => {
    const bus = createLabCommandBus();
    const first = fakeLab();
    const second = fakeLab();
    const unregisterFirst = bus.register(first.handler);
    bus.register(second.handler);
    unregisterFirst();
    bus.send({ type: 'run' });
    expect(first.received).toEqual([]);
    expect(second.received).toEqual([{ type: 'run' }]);
  });
});
