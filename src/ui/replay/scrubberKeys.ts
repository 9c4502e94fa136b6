/** What a key pressed on the replay scrubber does. */
export type ScrubberKeyAction =
  | { readonly kind: 'step'; readonly direction: 1 | -1 }
  | { readonly kind: 'seek'; readonly to: 'start' | 'end' };

/**
 * The scrubber's keys. Arrows step event by event rather than by the slider's tiny native step
 * (a fraction of a millisecond, so fractional makespans stay reachable): between two events
 * nothing changes, so an event is the useful unit. Home and End go to either end; other keys
 * (Page Up/Down, Tab) keep their native meaning.
 */
export function scrubberKeyAction(key: string): ScrubberKeyAction | null {
  switch (key) {
    case 'ArrowRight':
    case 'ArrowUp':
      return { kind: 'step', direction: 1 };
    case 'ArrowLeft':
    case 'ArrowDown':
      return { kind: 'step', direction: -1 };
    case 'Home':
      return { kind: 'seek', to: 'start' };
    case 'End':
      return { kind: 'seek', to: 'end' };
    default:
      return null;
  }
}
