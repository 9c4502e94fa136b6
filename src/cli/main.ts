import { simulateServerScenario } from '../core/server/simulateServerScenario.ts';
import { simulateScenario } from '../core/simulateScenario.ts';
import { decodeScenario, encodeScenario } from '../core/urlCodec.ts';
import { formatServerTable } from './formatServerTable.ts';
import { formatTable } from './formatTable.ts';
import { serverJson } from './serverJson.ts';
import { simulationJson } from './simulationJson.ts';

const USAGE = `Usage: npm run sim --silent -- [--table] '<query string>'

Runs the scenario of an Overlap URL query (with or without the leading '?') on the virtual
engine and prints one JSON object (or, with --table, a readable table). With lab=server it
runs the load test (N requests against W workers) instead of one request. Examples:
  npm run sim --silent -- 'model=worker-pool&limit=2&calls=125,250,375,500'
  npm run sim --silent -- --table 'lab=server&preset=talk-sync-processes'
The parameters are listed in the README. Exit codes: 0 ok, 1 invalid query, 2 bad usage.`;

async function main(argv: readonly string[]): Promise<number> {
  const flags = argv.filter((arg) => arg.startsWith('--'));
  const queries = argv.filter((arg) => !arg.startsWith('--'));
  if (flags.includes('--help')) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const unknown = flags.filter((flag) => flag !== '--table');
  if (unknown.length > 0 || queries.length > 1) {
    const why =
      unknown.length > 0
        ? `unknown option ${unknown.join(', ')}`
        : `expected one query string, got ${queries.length} (quote the query: '&' splits shell commands)`;
    process.stderr.write(`sim: ${why}.\n\n${USAGE}\n`);
    return 2;
  }
  const { scenario, messages } = decodeScenario(queries[0] ?? '');
  if (messages.length > 0) {
    process.stderr.write(
      `sim: the query is not valid:\n${messages.map((m) => `  - ${m.message}`).join('\n')}\n`,
    );
    return 1;
  }
  const canonical = encodeScenario(scenario);
  const table = flags.includes('--table');
  let output: string;
  if (scenario.lab === 'server') {
    const run = await simulateServerScenario(scenario);
    output = table ? formatServerTable(run, canonical) : JSON.stringify(serverJson(run, canonical));
  } else {
    const run = await simulateScenario(scenario);
    output = table ? formatTable(run, canonical) : JSON.stringify(simulationJson(run, canonical));
  }
  process.stdout.write(`${output}\n`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(
      `sim: the simulation failed: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    process.exitCode = 1;
  },
);
