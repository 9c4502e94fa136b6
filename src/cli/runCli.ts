import { serverFaultsNote } from '../core/server/serverFaultsNote.ts';
import { simulateServerScenario } from '../core/server/simulateServerScenario.ts';
import { simulateScenario } from '../core/simulateScenario.ts';
import { decodeScenario, encodeScenario } from '../core/urlCodec.ts';
import { formatServerTable } from './formatServerTable.ts';
import { formatTable } from './formatTable.ts';
import { serverJson } from './serverJson.ts';
import { simulationJson } from './simulationJson.ts';

export const USAGE = `Usage: npm run sim --silent -- [--table] '<query string>'

Runs the scenario of an Overlap URL query (with or without the leading '?') on the virtual
engine and prints one JSON object (or, with --table, a readable table). With lab=server it
runs the load test (N requests against W workers) instead of one request. Examples:
  npm run sim --silent -- 'model=worker-pool&limit=2&calls=125,250,375,500'
  npm run sim --silent -- --table 'lab=server&preset=talk-sync-processes'
The parameters are listed in the README. Exit codes: 0 ok, 1 invalid query, 2 bad usage.`;

/** Where the CLI writes: the process's streams, or a test's buffers. */
export interface CliOutput {
  readonly stdout: (text: string) => void;
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
  const flags = argv.filter((arg) => arg.startsWith('--'));
  const queries = argv.filter((arg) => !arg.startsWith('--'));
  if (flags.includes('--help')) {
    out.stdout(`${USAGE}\n`);
    return 0;
  }
  const unknown = flags.filter((flag) => flag !== '--table');
  if (unknown.length > 0 || queries.length > 1) {
    const why =
      unknown.length > 0
        ? `unknown option ${unknown.join(', ')}`
        : `expected one query string, got ${queries.length} (quote the query: '&' splits shell commands)`;
    out.stderr(`sim: ${why}.\n\n${USAGE}\n`);
    return 2;
  }
  const { scenario, messages } = decodeScenario(queries[0] ?? '');
  if (messages.length > 0) {
    // One line per message, each starting with its parameter (messages quote raw text, so a
    // value holding a line break cannot split a line).
    out.stderr(messages.map((m) => `sim: ${m.message}\n`).join(''));
    return 1;
  }
  const canonical = encodeScenario(scenario);
  const table = flags.includes('--table');
  let output: string;
  if (scenario.lab === 'server') {
    const result = await simulateServerScenario(scenario);
    // The note the app shows beside the Server lab's controls: a line of the table, or stderr
    // in JSON mode (stdout stays one JSON object for tools).
    const note = serverFaultsNote(scenario);
    if (note !== null && !table) out.stderr(`sim: note: ${note}\n`);
    output = table
      ? formatServerTable(result, canonical, note)
      : JSON.stringify(serverJson(result, canonical));
  } else {
    const result = await simulateScenario(scenario);
    output = table
      ? formatTable(result, canonical)
      : JSON.stringify(simulationJson(result, canonical));
  }
  out.stdout(`${output}\n`);
  return 0;
}
