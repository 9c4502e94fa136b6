import { describe, expect, it } from 'vitest';
import { scrubberKeyAction } from './scrubberKeys.ts';

describe('scrubber keys', () => {
  it('arrows step event by event, Home and End go to either end', () => {
    expect(scrubberKeyAction('ArrowRight')).toEqual({ kind: 'step', direction: 1 });
    expect(scrubberKeyAction('ArrowUp')).toEqual({ kind: 'step', direction: 1 });
    expect(scrubberKeyAction('ArrowLeft')).toEqual({ kind: 'step', direction: -1 });
    expect(scrubberKeyAction('ArrowDown')).toEqual({ kind: 'step', direction: -1 });
    expect(scrubberKeyAction('Home')).toEqual({ kind: 'seek', to: 'start' });
    expect(scrubberKeyAction('End')).toEqual({ kind: 'seek', to: 'end' });
  });

  it('leaves every other key to the browser', () => {
    expect(scrubberKeyAction('PageUp')).toBeNull();
    expect(scrubberKeyAction('Tab')).toBeNull();
    expect(scrubberKeyAction(' ')).toBeNull();
  });
});
