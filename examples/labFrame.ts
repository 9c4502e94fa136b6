/**
 * Drives an Overlap lab embedded in an iframe (docs/embedding.md): waits for `overlap:ready`
 * before sending (commands sent earlier are queued, never lost), addresses messages to the
 * frame's origin only, and reads only messages that come from that frame.
 * Dependency-free: copy it into a deck as it is.
 */

/** A command, as docs/embedding.md lists them. */
export type LabCommand =
  | { type: 'overlap:run' }
  | { type: 'overlap:pause' }
  | { type: 'overlap:play' }
  | { type: 'overlap:reset' }
  | { type: 'overlap:step'; direction?: 1 | -1 }
  | { type: 'overlap:seek'; ms: number }
  | { type: 'overlap:set-scenario'; query: string };

/** An event from the lab: `type` plus its fields (see docs/embedding.md). */
export interface LabEvent {
  readonly type: string;
  readonly [field: string]: unknown;
}

export interface LabFrame {
  send(command: LabCommand): void;
  /** Calls `listener` with every event of `type` ('*' for all); returns the unsubscribe. */
  on(type: string, listener: (event: LabEvent) => void): () => void;
  readonly ready: Promise<LabEvent>;
}

function isLabEvent(data: unknown): data is LabEvent {
  return (
    typeof data === 'object' &&
    data !== null &&
    typeof (data as { type?: unknown }).type === 'string' &&
    (data as { type: string }).type.startsWith('overlap:')
  );
}

export function connectLab(frame: HTMLIFrameElement): LabFrame {
  const origin = new URL(frame.src, document.baseURI).origin;
  const listeners = new Map<string, Set<(event: LabEvent) => void>>();
  const queue: LabCommand[] = [];
  let isReady = false;
  let resolveReady: (event: LabEvent) => void = () => {};
  const ready = new Promise<LabEvent>((resolve) => {
    resolveReady = resolve;
  });
  const post = (command: LabCommand): void => frame.contentWindow?.postMessage(command, origin);

  window.addEventListener('message', (message: MessageEvent) => {
    // Only this frame's messages: a deck may hold several labs, and other scripts post too.
    if (message.source !== frame.contentWindow || message.origin !== origin) return;
    if (!isLabEvent(message.data)) return;
    const event = message.data;
    if (event.type === 'overlap:ready') {
      // A reloaded frame says ready again: send what waited, once.
      isReady = true;
      resolveReady(event);
      for (const command of queue.splice(0)) post(command);
    }
    for (const key of [event.type, '*']) {
      for (const listener of listeners.get(key) ?? []) listener(event);
    }
  });

  return {
    send(command) {
      if (isReady) post(command);
      else queue.push(command);
    },
    on(type, listener) {
      const set = listeners.get(type) ?? new Set();
      set.add(listener);
      listeners.set(type, set);
      return () => set.delete(listener);
    },
    ready,
  };
}
