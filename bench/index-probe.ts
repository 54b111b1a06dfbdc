// The front-matter index, measured in a fresh process: `cold` scans every Markdown file (walk, read,
// readHeader: no Markdown parse) and keeps one summary per handoff, then saves a cache; `warm`
// loads that cache, walks the folders (readdir + stat only) and reuses every entry whose mtime and
// size are unchanged, reading only changed files. Heap is sampled while the index is built.
import * as fs from 'node:fs';
import { defaultConfig, findMarkdownFiles, readHeader, readMarkdownFile, scanHandoffs, summarizeHeader, type HandoffSummary } from '../src/core/index';
import { NodeFileSystem } from '../src/cli/node-file-system';
import { TODAY } from '../test/generators/today';

export interface IndexResult {
  readonly wallMs: number;
  /** The process's CPU time (user + system) over the same span: far less distorted by a busy machine. */
  readonly cpuMs?: number;
  readonly maxRssMb: number;
  /** Highest heapUsed seen while indexing (sampled every 64 handoffs, every 5 ms and at the end). */
  readonly heapPeakMb: number;
  /** heapUsed after a full GC with the index still referenced. */
  readonly heapRetainedMb: number;
  readonly files: number;
  readonly handoffs: number;
  /** Files read (warm: only the changed ones). */
  readonly read: number;
}

interface CacheEntry {
  readonly path: string;
  readonly version: string;
  /** Undefined for a Markdown file that is not a handoff (cached too: it need not be read again). */
  readonly summary?: HandoffSummary;
}


export async function runIndex(mode: 'cold' | 'warm', root: string, cacheFile: string): Promise<IndexResult> {
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  let peak = 0;
  const sample = () => (peak = Math.max(peak, process.memoryUsage().heapUsed));
  // The CLI's file system is synchronous: the scan never yields to a timer, so it samples too.
  const timer = setInterval(sample, 5);
  let count = 0;
  const fsys = new NodeFileSystem();
  const config = defaultConfig();
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  let entries: CacheEntry[];
  let files: number;
  let read: number;
  if (mode === 'cold') {
    // Streaming: each handoff's summary is kept, its text dropped as soon as it is read.
    entries = [];
    const scan = await scanHandoffs(fsys, [root], {
      keepHandoffs: false,
      onHandoff: (h) => {
        entries.push({ path: h.path, version: `${h.mtime}:${h.size}`, summary: summarizeHeader(h.header, config, TODAY) });
        if (++count % 64 === 0) sample();
      },
    });
    files = scan.markdownFiles;
    read = scan.markdownFiles;
    sample();
    const t = performance.now() - t0;
    const cpu = cpuSince(cpu0);
    clearInterval(timer); // the peak is the index's, not the cache writing's
    await saveCache(fsys, root, entries, cacheFile);
    return finish(t, cpu, entries.filter((e) => e.summary).length, files, read);
  }
  const cache = new Map((JSON.parse(fs.readFileSync(cacheFile, 'utf8')) as CacheEntry[]).map((e) => [e.path, e]));
  const found = await findMarkdownFiles(fsys, [root]);
  entries = [];
  read = 0;
  for (const f of found) {
    if (++count % 64 === 0) sample();
    const version = `${f.mtime}:${f.size}`;
    const hit = cache.get(f.path);
    if (hit && hit.version === version) {
      entries.push(hit);
      continue;
    }
    read++;
    const r = await readMarkdownFile(fsys, f.path);
    if (!r.ok) continue;
    const header = readHeader(r.text);
    entries.push({ path: f.path, version, summary: header.isHandoff ? summarizeHeader(header, config, TODAY) : undefined });
  }
  files = found.length;
  sample();
  const t = performance.now() - t0;
  const cpu = cpuSince(cpu0);
  clearInterval(timer);
  return finish(t, cpu, entries.filter((e) => e.summary).length, files, read);

  /** Non-handoffs go into the cache too (untimed: an editor would save it in the background). */
  async function saveCache(fsys: NodeFileSystem, root: string, entries: CacheEntry[], cacheFile: string): Promise<void> {
    const handoffPaths = new Set(entries.map((e) => e.path));
    const all = await findMarkdownFiles(fsys, [root]);
    for (const f of all) if (!handoffPaths.has(f.path)) entries.push({ path: f.path, version: `${f.mtime}:${f.size}` });
    fs.writeFileSync(cacheFile, JSON.stringify(entries));
  }

  function finish(wallMs: number, cpuMs: number, handoffs: number, fileCount: number, readCount: number): IndexResult {
    sample();
    gc?.();
    const retained = process.memoryUsage().heapUsed;
    const mb = (b: number) => b / (1024 * 1024);
    // Keep `entries` alive until after the measurement above.
    if (entries.length < 0) console.log(entries);
    return {
      wallMs,
      cpuMs,
      maxRssMb: process.resourceUsage().maxRSS / 1024,
      heapPeakMb: mb(peak),
      heapRetainedMb: mb(retained),
      files: fileCount,
      handoffs,
      read: readCount,
    };
  }
}

function cpuSince(start: NodeJS.CpuUsage): number {
  const d = process.cpuUsage(start);
  return (d.user + d.system) / 1000;
}
