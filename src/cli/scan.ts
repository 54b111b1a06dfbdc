// The walk for `list` and `stats`: handoffs under the targets, skipped files reported on stderr.
import { isExcludedByConfig, scanHandoffs, type ConfigInForce, type HandoffConfig, type HandoffScan, type ScanSkip, type ScannedHandoff } from '../core/index';
import type { ConfigResolver } from './config-resolver';
import type { CliContext } from './context';
import { displayPath } from './repository';
import type { Targets } from './targets';

/** Scans for handoffs; every skipped file and every non-UTF-8 file gets one line on stderr. */
export async function scanForCli(ctx: CliContext, targets: Targets): Promise<HandoffScan> {
  const scan = await scanHandoffs(ctx.fs, targets.roots, { excluded: targets.excluded });
  for (const skip of scan.skipped) ctx.output.stderr(`handoff: skipped ${displayPath(ctx, skip.path)}: ${skip.message}\n`);
  for (const handoff of scan.handoffs) {
    if (handoff.invalidUtf8) {
      ctx.output.stderr(`handoff: ${displayPath(ctx, handoff.path)}: not valid UTF-8; invalid bytes were read as U+FFFD\n`);
    }
  }
  return scan;
}

/**
 * Scans for handoffs and gives each to `visit` with the config in force for it, as soon as it is
 * read; no text is kept once visited, so memory stays flat on any number of files. Skipped and
 * non-UTF-8 files get one line each on stderr, as with scanForCli. Resolves with the number of
 * handoffs once every visit has run.
 */
export async function forEachHandoff(
  ctx: CliContext,
  targets: Targets,
  configs: ConfigResolver,
  visit: (handoff: ScannedHandoff, config: HandoffConfig, found: ConfigInForce) => void,
): Promise<number> {
  const pending: Promise<void>[] = [];
  const invalid: string[] = [];
  const scan = await scanHandoffs(ctx.fs, targets.roots, {
    excluded: targets.excluded,
    keepHandoffs: false,
    onHandoff: (handoff) => {
      if (handoff.invalidUtf8) invalid.push(handoff.path);
      const visited = configs.inForce(handoff.path).then((found) => {
        if (!isExcludedByConfig(found, handoff.path)) visit(handoff, found.config, found);
      });
      visited.catch(() => undefined); // awaited below; no unhandled rejection meanwhile
      pending.push(visited);
    },
  });
  reportScan(ctx, scan.skipped, invalid);
  await Promise.all(pending);
  return pending.length;
}

/** One stderr line per skipped file and per file that is not valid UTF-8, each group in path order. */
export function reportScan(ctx: CliContext, skipped: readonly ScanSkip[], invalidUtf8: readonly string[]): void {
  const byPath = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  for (const skip of [...skipped].sort((a, b) => byPath(a.path, b.path))) {
    ctx.output.stderr(`handoff: skipped ${displayPath(ctx, skip.path)}: ${skip.message}\n`);
  }
  for (const path of [...invalidUtf8].sort(byPath)) {
    ctx.output.stderr(`handoff: ${displayPath(ctx, path)}: not valid UTF-8; invalid bytes were read as U+FFFD\n`);
  }
}

