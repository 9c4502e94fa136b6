import { sample } from 'fast-check';
import type { Scenario } from '../scenario.ts';
import type { RunEvent } from '../trace.ts';
import { simulateServerScenario } from '../server/simulateServerScenario.ts';
import { simulateScenario } from '../simulateScenario.ts';
import { decodeScenario, encodeScenario } from '../urlCodec.ts';
import { scenarios } from './scenarioArbitraries.ts';

/**
 * The engine's differential corpus (issue 16): random scenarios drawn from a seed, each with a
 * fingerprint of the trace the virtual engine gave before its speed work. engineCorpus.test.ts
 * requires today's engine to give every one the identical trace, so a faster engine is the same
 * engine. The scenarios are drawn again from the seed rather than stored (10,000 queries are
 * 6 MB); `queries` fingerprints them all, so a change to the arbitraries is told apart from a
 * change in the engine. Recorded by scripts/recordEngineCorpus.ts.
 */
export interface EngineCorpus {
  readonly seed: number;
  /** The fingerprint of every query, joined by newlines, in order. */
  readonly queries: string;
  /** The fingerprint of each query's trace, in order. */
  readonly traces: readonly string[];
  /**
   * The fingerprint of each fan-out query's event stream (engineEventsText), in order; '' for a
   * server query. Finer than the trace: it also holds the order in which calls that meet at one
   * instant start and end, which a change of one microtask turn moves even when every span stays
   * the same. Recorded later than the traces, from the engine at commit 98ccf50.
   */
  readonly events: readonly string[];
}

/** A server run is cut to this many requests: the corpus checks the engine, not its scale. */
const MOST_CORPUS_REQUESTS = 20;

/** `count` random scenario queries, the same for the same seed (fast-check is pinned). */
export function engineCorpusQueries(seed: number, count: number): string[] {
  return sample(scenarios, { seed, numRuns: count }).map((scenario: Scenario) =>
    encodeScenario(
      scenario.lab === 'server' && scenario.server.requests > MOST_CORPUS_REQUESTS
        ? { ...scenario, server: { ...scenario.server, requests: MOST_CORPUS_REQUESTS } }
        : scenario,
    ),
  );
}

/**
 * The virtual trace a query's scenario gives, as text: the Server lab's load test for a server
 * scenario, the fan-out of one request for the others (Compare runs the same engine per side).
 */
export async function engineTraceText(query: string): Promise<string> {
  const { scenario } = decodeScenario(query);
  if (scenario.lab === 'server') {
    return JSON.stringify((await simulateServerScenario(scenario)).trace);
  }
  return JSON.stringify((await simulateScenario(scenario)).trace);
}

/**
 * The events a fan-out query's run reports, in the order the engine reports them (every call's
 * start and end, every copy's), as text; '' for a server query (its engine reports none).
 */
export async function engineEventsText(query: string): Promise<string> {
  const { scenario } = decodeScenario(query);
  if (scenario.lab === 'server') return '';
  const events: RunEvent[] = [];
  await simulateScenario(scenario, { onEvent: (event) => events.push(event) });
  return JSON.stringify(events);
}

/**
 * A 64-bit FNV-1a of the text, as 16 hex digits: short enough to keep ten thousand in the repo,
 * and any change in a trace changes it (not a security hash; nobody forges traces here).
 */
export function fingerprint(text: string): string {
  // Two 32-bit FNV-1a lanes with different offsets stand in for one 64-bit one.
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    a = Math.imul(a ^ code, 0x01000193);
    b = Math.imul(b ^ code, 0x01000193) ^ (a >>> 15);
  }
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}
