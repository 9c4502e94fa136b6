import { runCli } from './runCli.ts';

// The process wrapper: the simulator itself lives in runCli.ts (tested in-process).

// A reader that stops early (`npm run sim ... | head`) closes the pipe: the rest of the output
// has nobody to go to, which is not an error of the run.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(0);
});
void runCli(process.argv.slice(2), {
  // A write the pipe cannot take yet waits for its drain, so the streamed JSON is never held
  // whole in the stream's buffer either.
  stdout: (text) =>
    process.stdout.write(text)
      ? undefined
      : new Promise<void>((resolve) => process.stdout.once('drain', resolve)),
  stderr: (text) => process.stderr.write(text),
}).then((code) => {
  process.exitCode = code;
});
