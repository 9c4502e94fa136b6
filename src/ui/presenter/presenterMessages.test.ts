import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_QUERY_CHARS, parseCommand, type PresenterCommand } from './presenterMessages.ts';

const commands = fc.oneof(
  fc.constantFrom<PresenterCommand>(
    { type: 'overlap:run' },
    { type: 'overlap:pause' },
    { type: 'overlap:play' },
    { type: 'overlap:reset' },
  ),
  fc.constantFrom(1 as const, -1 as const).map((direction): PresenterCommand => ({
    type: 'overlap:step',
    direction,
  })),
  fc
    .double({ min: 0, max: 1e9, noNaN: true })
    .map((ms): PresenterCommand => ({ type: 'overlap:seek', ms })),
  fc.string().map((query): PresenterCommand => ({ type: 'overlap:set-scenario', query })),
);

/** null, or a command whose fields are what the protocol promises. */
function isWellFormed(command: PresenterCommand | null): boolean {
  if (command === null) return true;
  switch (command.type) {
    case 'overlap:step':
      return command.direction === 1 || command.direction === -1;
    case 'overlap:seek':
      return Number.isFinite(command.ms) && command.ms >= 0;
    case 'overlap:set-scenario':
      return typeof command.query === 'string';
    default:
      return ['overlap:run', 'overlap:pause', 'overlap:play', 'overlap:reset'].includes(
        command.type,
      );
  }
}

describe('parseCommand', () => {
  it.each<[unknown, PresenterCommand]>([
    [{ type: 'overlap:run' }, { type: 'overlap:run' }],
    [{ type: 'overlap:reset', extra: [1, 2] }, { type: 'overlap:reset' }],
    [{ type: 'overlap:step' }, { type: 'overlap:step', direction: 1 }],
    [
      { type: 'overlap:step', direction: -1 },
      { type: 'overlap:step', direction: -1 },
    ],
    [
      { type: 'overlap:seek', ms: 0 },
      { type: 'overlap:seek', ms: 0 },
    ],
    [
      { type: 'overlap:seek', ms: 437.5 },
      { type: 'overlap:seek', ms: 437.5 },
    ],
    [
      { type: 'overlap:set-scenario', query: '?model=batches' },
      { type: 'overlap:set-scenario', query: '?model=batches' },
    ],
  ])('reads %j', (data, command) => {
    expect(parseCommand(data)).toEqual(command);
  });

  it.each<unknown>([
    null,
    undefined,
    'overlap:run',
    'slide:start',
    '{"type":"overlap:run"}',
    42,
    ['overlap:run'],
    {},
    { type: 'run' },
    { type: 'overlap:Run' },
    { type: 'overlap:explode' },
    { type: 'overlap:ready' },
    { type: 'overlap:step', direction: 2 },
    { type: 'overlap:step', direction: '1' },
    { type: 'overlap:step', direction: null },
    { type: 'overlap:seek' },
    { type: 'overlap:seek', ms: -1 },
    { type: 'overlap:seek', ms: Number.NaN },
    { type: 'overlap:seek', ms: Infinity },
    { type: 'overlap:seek', ms: '100' },
    { type: 'overlap:set-scenario' },
    { type: 'overlap:set-scenario', query: 7 },
    { type: 'overlap:set-scenario', query: 'x'.repeat(MAX_QUERY_CHARS + 1) },
    Object.create({ type: 'overlap:run' }),
    { type: { toString: () => 'overlap:run' } },
  ])('ignores %j', (data) => {
    expect(parseCommand(data)).toBeNull();
  });

  it('never throws, and returns null or a well-formed command, whatever arrives', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.anything({ withBigInt: true, withMap: true, withSet: true, withTypedArray: true }),
          fc.record({
            type: fc.oneof(
              fc.constantFrom(
                'overlap:run',
                'overlap:step',
                'overlap:seek',
                'overlap:set-scenario',
              ),
              fc.string(),
            ),
            direction: fc.anything(),
            ms: fc.anything(),
            query: fc.anything(),
          }),
        ),
        (data) => {
          expect(isWellFormed(parseCommand(data))).toBe(true);
        },
      ),
      { numRuns: 5000 },
    );
  });

  it('reads back every well-formed command, also after a structured clone', () => {
    fc.assert(
      fc.property(commands, (command) => {
        expect(parseCommand(command)).toEqual(command);
        expect(parseCommand(structuredClone(command))).toEqual(command);
      }),
    );
  });
});
