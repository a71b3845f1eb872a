/** Entry point of `pnpm heard` (see run.ts and `pnpm heard help`). */
import { runCli } from './run.js';

let progressShown = false;
const endProgress = () => {
  if (progressShown) process.stderr.write('\n');
  progressShown = false;
};

try {
  process.exitCode = await runCli(process.argv.slice(2), {
    env: process.env,
    cwd: process.cwd(),
    out: (line) => {
      endProgress();
      process.stdout.write(`${line}\n`);
    },
    err: (line) => {
      endProgress();
      process.stderr.write(`${line}\n`);
    },
    ...(process.stderr.isTTY
      ? {
          progress: (line: string) => {
            progressShown = true;
            process.stderr.write(`\r${line}`);
          },
        }
      : {}),
    now: () => new Date(),
  });
} catch (error) {
  endProgress();
  process.stderr.write(`heard: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
}
