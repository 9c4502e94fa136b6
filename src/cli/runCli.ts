import { hockeyStick } from '../core/queueing/hockeyStick.ts';
import { serverFaultsNote } from '../core/server/serverFaultsNote.ts';
import { serverRunInputOf } from '../core/server/serverRunInput.ts';
import { simulateServerScenario } from '../core/server/simulateServerScenario.ts';
import { simulateScenario } from '../core/simulateScenario.ts';
import { decodeScenario, encodeScenario } from '../core/urlCodec.ts';
import { createUpstreamServers } from '../server/createUpstreamServers.ts';
import { formatServerTable } from './formatServerTable.ts';
import { formatSweep } from './formatSweep.ts';
import { formatTable } from './formatTable.ts';
import { repeatLimitProblem } from '../core/tails/repeatFanOut.ts';
import { repeatIgnoredNote } from '../core/tails/repeatIgnoredNote.ts';
import { tailReport } from '../core/tails/tailReport.ts';
import { formatRepeatTable } from './formatRepeatTable.ts';
import { repeatJson } from './repeatJson.ts';
import { NODE_FETCH_NOTE, runNetworkScenario } from './runNetworkScenario.ts';
import { serverJsonChunks } from './serverJson.ts';
import { simulationJson, simulationJsonChunks } from './simulationJson.ts';

export const USAGE = `Usage: npm run sim --silent -- [--table | --sweep] [--upstream <origin>] '<query string>'

Runs the scenario of an Overlap URL query (with or without the leading '?') on the virtual
engine and prints one JSON object (or, with --table, a readable table). With lab=server it
runs the load test (N requests against W workers) instead of one request. With engine=network
the request's calls are real fetch() calls from Node to the upstream server of \`npm start\`
(--upstream http://localhost:4180), or to one started in this process when --upstream is left
out. Examples:
  npm run sim --silent -- 'model=worker-pool&limit=2&calls=125,250,375,500'
  npm run sim --silent -- --table 'lab=server&preset=talk-sync-processes'
  npm run sim --silent -- --table 'model=promise-all&calls=500*12&engine=network'
  npm run sim --silent -- --table 'model=promise-all&calls=10/1000@1*100&repeat=10000'
With repeat=K (Fan-out lab) it also runs the request K times with new draws and adds each
run's makespan and the percentiles, measured and predicted (docs/tails.md).
  npm run sim --silent -- --sweep 'lab=server&calls=~100&threads=2&requests=10000'
With --sweep (lab=server) it runs the server open-loop at utilisation 10 % to 99 % and prints
one row per utilisation: p50 and p99 latency measured beside the closed form's (docs/load.md).
The parameters are listed in the README. Exit codes: 0 ok, 1 invalid query, 2 bad usage.`;

/** Where the CLI writes: the process's streams, or a test's buffers. */
export interface CliOutput {
  /** May return a promise: the CLI waits for it before writing more (a full pipe's drain). */
  readonly stdout: (text: string) => void | Promise<void>;
  readonly stderr: (text: string) => void;
}

/** The CLI's exit codes: 0 ok, 1 invalid query (or a failed run), 2 bad usage. */
export type CliExitCode = 0 | 1 | 2;

/**
 * The whole command-line simulator, without the process: reads `argv` (the arguments after the
 * script), writes to `out`, and resolves to the exit code. It never rejects: a run that throws is
 * reported on stderr with exit code 1. For an invalid query, each stderr line is one codec
 * message, `sim: <parameter>: <what is wrong and what is allowed>.`
 */
export async function runCli(argv: readonly string[], out: CliOutput): Promise<CliExitCode> {
  try {
    return await run(argv, out);
  } catch (error) {
    out.stderr(
      `sim: the simulation failed: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    return 1;
  }
}

async function run(argv: readonly string[], out: CliOutput): Promise<CliExitCode> {
  const args = readArgs(argv);
  if (args.help) {
    await out.stdout(`${USAGE}\n`);
    return 0;
  }
  const problem =
    args.problem ??
    (args.queries.length > 1
      ? `expected one query string, got ${args.queries.length} (quote the query: '&' splits shell commands)`
      : null);
  if (problem !== null) {
    out.stderr(`sim: ${problem}.\n\n${USAGE}\n`);
    return 2;
  }
  const { query, network } = withoutNetworkEngine(args.queries[0] ?? '');
  if (args.upstream !== null && !network) {
    out.stderr(`sim: --upstream goes with engine=network (add it to the query).\n\n${USAGE}\n`);
    return 2;
  }
  const { scenario, messages } = decodeScenario(query);
  if (messages.length > 0) {
    // One line per message, each starting with its parameter (messages quote raw text, so a
    // value holding a line break cannot split a line).
    out.stderr(messages.map((m) => `sim: ${m.message}\n`).join(''));
    return 1;
  }
  const canonical = encodeScenario(scenario);
  const table = args.table;
  // A repeat the lab leaves out is said, never silently dropped (the app says it too).
  const repeatNote = repeatIgnoredNote(scenario);
  if (repeatNote !== null) out.stderr(`sim: note: ${repeatNote}\n`);
  if (args.sweep) {
    if (scenario.lab !== 'server' || network) {
      out.stderr(`sim: --sweep runs a load test: add lab=server (virtual engine).\n\n${USAGE}\n`);
      return 2;
    }
    const stick = await hockeyStick(serverRunInputOf(scenario));
    await out.stdout(`${formatSweep(stick, canonical)}\n`);
    return 0;
  }
  if (network) {
    await out.stdout(`${await runOnNetwork(scenario, canonical, table, args.upstream, out)}\n`);
    return 0;
  }
  let output: string;
  if (scenario.lab === 'server') {
    const result = await simulateServerScenario(scenario);
    // The note the app shows beside the Server lab's controls: a line of the table, or stderr
    // in JSON mode (stdout stays one JSON object for tools).
    const note = serverFaultsNote(scenario);
    if (note !== null && !table) out.stderr(`sim: note: ${note}\n`);
    if (!table) {
      await writeChunks(out, serverJsonChunks(result, canonical));
      return 0;
    }
    output = formatServerTable(result, canonical, note);
  } else {
    // repeat=K (docs/tails.md): K runs of the Fan-out request beside the single one.
    const repeated = scenario.lab === 'fanout' && scenario.run.repeat > 1;
    const repeatProblem = repeated ? repeatLimitProblem(scenario) : null;
    if (repeatProblem !== null) {
      out.stderr(`sim: ${repeatProblem}.\n`);
      return 1;
    }
    const result = await simulateScenario(scenario);
    const tails = repeated ? await tailReport(scenario) : null;
    if (!table) {
      const extra = tails ? { repeat: repeatJson(tails) } : {};
      await writeChunks(out, simulationJsonChunks(result, canonical, extra));
      return 0;
    }
    output = [
      formatTable(result, canonical),
      ...(tails ? ['', formatRepeatTable(tails)] : []),
    ].join('\n');
  }
  await out.stdout(`${output}\n`);
  return 0;
}

/**
 * Writes a JSON document chunk by chunk, then its line end: a 100,000-call run's JSON (or a
 * million-call load test's) is never built whole, and each write waits for the pipe's drain.
 */
async function writeChunks(out: CliOutput, chunks: Iterable<string>): Promise<void> {
  for (const chunk of chunks) await out.stdout(chunk);
  await out.stdout('\n');
}

/** The command line, read: flags, the query, and the first problem with them. */
interface CliArgs {
  readonly help: boolean;
  readonly table: boolean;
  /** `--sweep`: the hockey stick of a server scenario (one row per utilisation). */
  readonly sweep: boolean;
  /** `--upstream <origin>`: the HTTP/1.1 origin of a running `npm start`; null = none given. */
  readonly upstream: string | null;
  readonly queries: readonly string[];
  readonly problem: string | null;
}

function readArgs(argv: readonly string[]): CliArgs {
  let help = false;
  let table = false;
  let sweep = false;
  let upstream: string | null = null;
  const queries: string[] = [];
  const unknown: string[] = [];
  let problem: string | null = null;
  for (let at = 0; at < argv.length; at += 1) {
    const arg = argv[at] ?? '';
    if (arg === '--help') help = true;
    else if (arg === '--table') table = true;
    else if (arg === '--sweep') sweep = true;
    else if (arg === '--upstream' || arg.startsWith('--upstream=')) {
      const raw = arg === '--upstream' ? argv[(at += 1)] : arg.slice('--upstream='.length);
      const origin = upstreamOrigin(raw);
      if (origin.ok) upstream = origin.origin;
      else problem ??= origin.problem;
    } else if (arg.startsWith('--')) unknown.push(arg);
    else queries.push(arg);
  }
  if (unknown.length > 0) problem = `unknown option ${unknown.join(', ')}`;
  if (table && sweep) problem ??= '--table and --sweep print different tables: give one';
  return { help, table, sweep, upstream, queries, problem };
}

/** `--upstream`'s value as an origin: http only (Node's fetch refuses the self-signed h2 one). */
function upstreamOrigin(
  raw: string | undefined,
): { ok: true; origin: string } | { ok: false; problem: string } {
  const how =
    'give the HTTP/1.1 origin that `npm start` prints, e.g. --upstream http://localhost:4180';
  if (raw === undefined || raw === '')
    return { ok: false, problem: `--upstream needs a value: ${how}` };
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return { ok: false, problem: `--upstream ${JSON.stringify(raw)} is not a URL: ${how}` };
  }
  if (url.protocol !== 'http:') {
    return {
      ok: false,
      problem:
        `--upstream must be an http: origin (Node's fetch speaks HTTP/1.1 to it and would refuse ` +
        `the h2 server's self-signed certificate), but it was ${JSON.stringify(raw)}: ${how}`,
    };
  }
  return { ok: true, origin: url.origin };
}

/**
 * `engine=network` is the CLI's to run (the codec's engines are the page's): it is taken out
 * of the query before decoding, and put back in the canonical query the output names.
 */
function withoutNetworkEngine(query: string): { query: string; network: boolean } {
  const parts = query.replace(/^\?/, '').split('&');
  const kept = parts.filter((part) => part !== 'engine=network');
  return { query: kept.join('&'), network: kept.length !== parts.length };
}

/** Runs the request on the network engine and formats it; starts an upstream if none was given. */
async function runOnNetwork(
  scenario: Parameters<typeof runNetworkScenario>[0],
  canonical: string,
  table: boolean,
  upstream: string | null,
  out: CliOutput,
): Promise<string> {
  // No h2 server (Node's fetch would not use it) and no app: just the upstream, on any free port.
  const own =
    upstream === null
      ? await createUpstreamServers({ port: 0, h2Port: null, distDir: null, certDir: '.cert' })
      : null;
  const origin = upstream ?? own?.origins().http1 ?? '';
  try {
    const result = await runNetworkScenario(scenario, origin);
    const query = `${canonical}${canonical === '' ? '' : '&'}engine=network`;
    const where = own === null ? origin : `${origin} (started in this process)`;
    if (table) {
      return `${formatTable(result, query)}\nengine: network, Node's fetch over HTTP/1.1 to ${where}\nnote: ${NODE_FETCH_NOTE}`;
    }
    out.stderr(`sim: note: ${NODE_FETCH_NOTE}\n`);
    return JSON.stringify(
      simulationJson(result, query, { engine: 'network', upstream: origin, note: NODE_FETCH_NOTE }),
    );
  } finally {
    await own?.close();
  }
}
