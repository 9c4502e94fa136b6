/**
 * The web platform globals src/core uses, declared to exactly what it uses. Core compiles with
 * the ECMAScript library only (tsconfig.core.json: no DOM, no Node types), so that nothing
 * browser- or Node-specific slips in; these few WHATWG APIs are the exception because browsers
 * and Node (>= 20) both provide them with the same behaviour. Only tsconfig.core.json includes this
 * file: every other view gets the full declarations from the DOM library or @types/node, which
 * these must stay a subset of (a member added here that they lack fails the other layers' check).
 * MessageChannel is not here: only hostYield.ts may use it, and it declares it itself.
 */

interface AbortSignal {
  readonly aborted: boolean;
  readonly reason: unknown;
  addEventListener(type: 'abort', listener: () => void, options?: { once?: boolean }): void;
  removeEventListener(type: 'abort', listener: () => void): void;
}

interface AbortController {
  readonly signal: AbortSignal;
  abort(reason?: unknown): void;
}
declare var AbortController: { prototype: AbortController; new (): AbortController };

interface URLSearchParams {
  get(name: string): string | null;
  has(name: string): boolean;
  set(name: string, value: string): void;
  toString(): string;
  [Symbol.iterator](): IterableIterator<[string, string]>;
}
declare var URLSearchParams: {
  prototype: URLSearchParams;
  new (init?: string | Record<string, string>): URLSearchParams;
};

interface URL {
  readonly origin: string;
  readonly pathname: string;
  readonly search: string;
  readonly username: string;
  readonly password: string;
  readonly searchParams: URLSearchParams;
  readonly href: string;
  toString(): string;
}
declare var URL: { prototype: URL; new (url: string, base?: string | URL): URL };
