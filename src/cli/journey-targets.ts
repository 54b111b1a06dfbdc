// What the links outside the scanned handoffs point at, for the cross-document rules: a handoff
// (read to tell), another existing file, or nothing. One stat (and at most one read) per target.
import { DEFAULT_MAX_FILE_SIZE, MARKDOWN_EXTENSIONS, extname, linkTargets, readHandoffFile, type FileSystem, type JourneyFacts, type TargetKind } from '../core/index';

export async function resolveLinkTargets(fs: FileSystem, handoffs: readonly JourneyFacts[]): Promise<Map<string, TargetKind>> {
  const kinds = new Map<string, TargetKind>();
  for (const path of linkTargets(handoffs)) {
    const stat = await fs.stat(path).catch(() => undefined);
    if (!stat) continue;
    if (stat.kind !== 'file' || !MARKDOWN_EXTENSIONS.includes(extname(path))) {
      kinds.set(path, 'file');
      continue;
    }
    const read = await readHandoffFile(fs, { path, size: stat.size, mtime: stat.mtime }, DEFAULT_MAX_FILE_SIZE);
    kinds.set(path, read.handoff ? 'handoff' : 'file');
  }
  return kinds;
}
