/**
 * Keys an embedded Overlap lab hands to its deck (docs/embedding.md, "Keys the lab hands on"):
 * a lab that has the keyboard posts `overlap:key` for every key it does not use (an arrow past
 * its last step, Page Up or Down at an end, Escape, f, s; every key in a `still=1` frame), so a
 * clicker never gets stuck in the frame. This listens for them from the deck's lab frames.
 * Dependency-free: copy it into a deck as it is.
 */

/** What a lab hands on: KeyboardEvent.key and .code, Shift, and auto-repeat. */
export interface LabKey {
  readonly key: string;
  readonly code: string;
  readonly shiftKey: boolean;
  readonly repeat: boolean;
}

function isLabKey(data: unknown): data is LabKey & { type: 'overlap:key' } {
  if (typeof data !== 'object' || data === null) return false;
  const { type, key } = data as { type?: unknown; key?: unknown };
  return type === 'overlap:key' && typeof key === 'string';
}

/**
 * Calls `onKey` with each key handed on by one of `frames()` (read at each message, so frames a
 * deck adds or reloads later count), only from `origin` (the labs' origin). Returns the stop.
 */
export function listenForLabKeys(
  frames: () => Iterable<HTMLIFrameElement>,
  origin: string,
  onKey: (key: LabKey) => void,
): () => void {
  const onMessage = (message: MessageEvent): void => {
    if (message.origin !== origin || !isLabKey(message.data)) return;
    for (const frame of frames()) {
      if (frame.contentWindow === message.source) {
        onKey(message.data);
        return;
      }
    }
  };
  window.addEventListener('message', onMessage);
  return () => window.removeEventListener('message', onMessage);
}
