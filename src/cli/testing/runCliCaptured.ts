import { runCli, type CliExitCode } from '../runCli.ts';

export interface CapturedCliRun {
  readonly code: CliExitCode;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Runs the CLI in-process, collecting what it writes to each stream. One helper for every test
 * that checks the CLI's output, so they all run it the same way (main.test.ts spawns a real
 * process instead, to check the entry point a newcomer runs).
 */
export async function runCliCaptured(argv: readonly string[]): Promise<CapturedCliRun> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
  });
  return { code, stdout, stderr };
}
