// Child-process entry for measurements that need a fresh process: prints one JSON result on stdout.
//   probe index cold|warm <repo> <cache-file>
//   probe keystroke [edits]
import { runIndex } from './index-probe';
import { runKeystrokes } from './keystroke';

async function main(): Promise<unknown> {
  const [what, ...rest] = process.argv.slice(2);
  if (what === 'index' && (rest[0] === 'cold' || rest[0] === 'warm') && rest[1] && rest[2]) return runIndex(rest[0], rest[1], rest[2]);
  if (what === 'keystroke') return runKeystrokes(rest[0] ? Number(rest[0]) : undefined);
  throw new Error(`usage: probe index cold|warm <repo> <cache> | probe keystroke [edits]`);
}

main().then(
  (result) => process.stdout.write(`${JSON.stringify(result)}\n`),
  (error: unknown) => {
    console.error(error instanceof Error ? error.stack : String(error));
    process.exit(2);
  },
);
