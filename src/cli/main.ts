import { runCli } from './runCli.ts';

// The process wrapper: the simulator itself lives in runCli.ts (tested in-process).
void runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
}).then((code) => {
  process.exitCode = code;
});
