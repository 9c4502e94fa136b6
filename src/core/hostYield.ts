/**
 * The host's MessageChannel, declared here to just what this file uses: core compiles without
 * the DOM and Node libraries (tsconfig.core.json), and this file is the one place in core that
 * touches a host scheduling primitive. Browsers and Node (>= 15) both provide it as a global.
 * The declaration is module-scoped, so no other core file can reach MessageChannel by accident.
 */
interface HostMessagePort {
  onmessage: (() => void) | null;
  postMessage(message: null): void;
  close(): void;
}
declare const MessageChannel: new () => {
  readonly port1: HostMessagePort;
  readonly port2: HostMessagePort;
};

/** Runs a callback on a later macrotask of the host each time `tick` is called. */
export interface HostTicker {
  /** Schedules one call of the ticker's callback, after every pending microtask has run. */
  tick(): void;
  /** Stops the ticker (a Node process stays alive on an open port otherwise). */
  close(): void;
}

/**
 * A HostTicker on MessageChannel, which Node and browsers both have. Unlike a zero-delay timer it
 * is not clamped to 1 ms, nor throttled in a hidden tab. The virtual clock's driver needs one
 * macrotask per instant, and a callback costs no promise and no async resumption per tick (an
 * awaited yield cost both, about a tenth of a million-call run); the real clock polls a wait's
 * last fraction of a ms with one.
 */
export function createMessageChannelTicker(onTick: () => void): HostTicker {
  const channel = new MessageChannel();
  channel.port1.onmessage = onTick;
  return {
    tick: () => channel.port2.postMessage(null),
    close: () => {
      channel.port1.close();
      channel.port2.close();
    },
  };
}

/** Node's process.nextTick, declared to just what this file uses (core has no Node types). */
declare const process:
  | {
      readonly nextTick?: (callback: () => void) => void;
      readonly versions?: { readonly node?: string };
    }
  | undefined;

/** How many ticks the Node ticker runs before it lets the event loop turn once. */
export const TICKS_PER_HOST_TURN = 1024;

/**
 * The host's cheapest ticker with the same guarantee: in Node, `process.nextTick` asked for from
 * inside a microtask runs only once the microtask queue is empty (Node drains the whole queue,
 * chained microtasks included, before it runs the next ticks), which is what the driver needs
 * from a macrotask, at about half the cost of a message. Every TICKS_PER_HOST_TURN ticks it uses
 * a real message instead, so a long virtual run still lets the event loop serve I/O and timers.
 * Elsewhere (browsers), the MessageChannel ticker.
 */
export function createHostTicker(onTick: () => void): HostTicker {
  // Node's own nextTick only: a browser polyfill of `process` may queue a microtask instead,
  // which would run the driver before the continuations it must wait for.
  const node = typeof process !== 'undefined' && typeof process?.versions?.node === 'string';
  const nextTick = node ? process?.nextTick : undefined;
  if (nextTick === undefined) return createMessageChannelTicker(onTick);
  const message = createMessageChannelTicker(onTick);
  const afterMicrotasks = (): void => nextTick(onTick);
  let ticks = 0;
  return {
    tick: () => {
      ticks += 1;
      if (ticks % TICKS_PER_HOST_TURN === 0) message.tick();
      // A reaction on a settled promise: a microtask without queueMicrotask's per-call
      // async-hooks resource in Node.
      else void RESOLVED.then(afterMicrotasks);
    },
    close: () => message.close(),
  };
}

const RESOLVED = Promise.resolve();
