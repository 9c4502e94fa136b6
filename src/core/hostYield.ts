/** Resolves on a later macrotask of the host, after every pending microtask has run. */
export type YieldToHost = () => Promise<void>;

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

/**
 * A host yield built on MessageChannel, which Node and browsers both have. Unlike a zero-delay
 * timer it is not clamped to 1 ms, nor throttled in a hidden tab. Call `close` when done, or a
 * Node process stays alive on the open port.
 */
export function createMessageChannelYield(): { yieldToHost: YieldToHost; close: () => void } {
  const channel = new MessageChannel();
  const waiting: Array<() => void> = [];
  channel.port1.onmessage = () => {
    const resume = waiting.shift();
    if (resume) resume();
  };
  return {
    yieldToHost: () =>
      new Promise<void>((resolve) => {
        waiting.push(resolve);
        channel.port2.postMessage(null);
      }),
    close: () => {
      channel.port1.close();
      channel.port2.close();
    },
  };
}
