// Writes the synthetic benchmark repo: N Markdown files (about 60% handoffs of every built-in
// type, complete, incomplete or broken, 3% of all files with broken YAML; 40% ordinary Markdown)
// in nested folders, half of the handoffs with a `follows:` link to an earlier one (journeys for the
// cross-document rules), plus files every tool must skip: a node_modules folder and files matched by
// the repo's .gitignore; an empty .git/ makes it a repository root. Deterministic: the same N and seed give the same bytes.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { bigHandoff, handoffDoc, ordinaryDoc, pickKind, pickType, type HandoffKind } from '../test/generators/content';
import { createRng } from '../test/generators/prng';

/** Bump when the output changes, so cached repos are regenerated. */
export const GENERATOR_VERSION = 5;
export const DEFAULT_SEED = 20261125;
/** What .gitignore ignores (besides node_modules, which every tool skips anyway). */
export const IGNORED_DIR = 'build';
export const IGNORED_SUFFIX = '.draft.md';

export interface RepoStats {
  readonly files: number;
  readonly bytes: number;
  readonly handoffs: Record<HandoffKind, number>;
  /** Handoffs with a `follows:` link to an earlier handoff. */
  readonly follows: number;
  readonly ordinary: number;
  readonly crlf: number;
  readonly ignored: number;
  readonly folders: number;
}

interface Stamp {
  readonly version: number;
  readonly n: number;
  readonly seed: number;
  readonly stats: RepoStats;
}

const TOP = ['docs', 'handoffs', 'teams', 'projects', 'notes', 'ops'];
const SEGMENTS = ['alpha', 'beta', 'sales', 'support', 'design', 'q1', 'q2', 'q3', 'q4', '2025', '2026', 'archive', 'eu', 'us', 'apac', 'infra', 'web', 'mobile'];

/** Generates the repo into `dir` unless a repo of the same version, N and seed is already there. */
export function ensureRepo(dir: string, n: number, seed = DEFAULT_SEED): RepoStats {
  const stampFile = `${dir}.json`;
  try {
    const stamp = JSON.parse(fs.readFileSync(stampFile, 'utf8')) as Stamp;
    if (stamp.version === GENERATOR_VERSION && stamp.n === n && stamp.seed === seed && fs.existsSync(dir)) return stamp.stats;
  } catch {
    // no stamp: generate
  }
  fs.rmSync(dir, { recursive: true, force: true });
  fs.rmSync(stampFile, { force: true });
  const stats = generateRepo(dir, n, seed);
  fs.writeFileSync(stampFile, JSON.stringify({ version: GENERATOR_VERSION, n, seed, stats } satisfies Stamp, null, 2));
  return stats;
}

export function generateRepo(dir: string, n: number, seed: number): RepoStats {
  const rng = createRng(seed ^ n);
  const folders = [...TOP];
  const want = Math.max(TOP.length, Math.round(n / 25));
  while (folders.length < want) {
    const parent = rng.pick(folders);
    if (parent.split('/').length >= 5) continue;
    folders.push(`${parent}/${rng.pick(SEGMENTS)}${rng.int(1, 9)}`);
  }
  const made = new Set<string>();
  const write = (rel: string, text: string) => {
    const file = path.join(dir, rel);
    const parent = path.dirname(file);
    if (!made.has(parent)) {
      fs.mkdirSync(parent, { recursive: true });
      made.add(parent);
    }
    fs.writeFileSync(file, text);
    return Buffer.byteLength(text);
  };

  const handoffs: Record<HandoffKind, number> = { complete: 0, incomplete: 0, broken: 0, 'broken-yaml': 0 };
  // Links draw from their own stream, so the files' other bytes stay those of the same N and seed.
  const linkRng = createRng((seed ^ n) + 1);
  const written: string[] = [];
  let follows = 0;
  let ordinary = 0;
  let bytes = 0;
  let crlf = 0;
  for (let i = 0; i < n; i++) {
    const r = rng.next();
    let text: string;
    let name: string;
    let linkable = false;
    if (r < 0.6) {
      const kind: HandoffKind = r < 0.03 ? 'broken-yaml' : pickKind(rng);
      const type = pickType(rng);
      handoffs[kind]++;
      text = handoffDoc(rng, type, kind);
      name = `${type.id}-${i}.md`;
      linkable = kind !== 'broken-yaml';
    } else {
      ordinary++;
      text = ordinaryDoc(rng);
      name = `${rng.pick(['readme', 'notes', 'guide', 'post', 'runbook', 'faq'])}-${i}.md`;
    }
    if (rng.chance(0.05)) {
      text = text.replace(/\n/g, '\r\n');
      crlf++;
    }
    if (rng.chance(0.01)) text = `\uFEFF${text}`;
    const folder = rng.pick(folders);
    const rel = `${folder}/${name}`;
    if (linkable) {
      if (written.length && linkRng.chance(0.5)) {
        const target = path.posix.relative(folder, linkRng.pick(written));
        const eol = text.includes('\r\n') ? '\r\n' : '\n';
        text = text.replace(`---${eol}`, `---${eol}follows: ${target.startsWith('.') ? target : `./${target}`}${eol}`);
        follows++;
      }
      written.push(rel);
    }
    bytes += write(rel, text);
  }

  // Files no tool may read: node_modules (always skipped) and what .gitignore lists.
  let ignored = 0;
  // A repository root of its own: tools that look for the enclosing repo stop here, not at this checkout.
  write('.git/HEAD', 'ref: refs/heads/main\n');
  write('.gitignore', `# generated by bench/generate.ts\n${IGNORED_DIR}/\n*${IGNORED_SUFFIX}\n`);
  for (let i = 0; i < Math.max(3, Math.round(n * 0.02)); i++) {
    const pkg = `pkg-${i % 7}`;
    write(`${i % 2 ? 'node_modules' : `${rng.pick(folders)}/node_modules`}/${pkg}/doc-${i}.md`, ordinaryDoc(rng));
    write(`${IGNORED_DIR}/${rng.pick(SEGMENTS)}/${i}.md`, handoffDoc(rng, pickType(rng), 'broken'));
    write(`${rng.pick(folders)}/wip-${i}${IGNORED_SUFFIX}`, handoffDoc(rng, pickType(rng), 'incomplete'));
    ignored += 3;
  }
  return { files: n, bytes, handoffs, follows, ordinary, crlf, ignored, folders: folders.length };
}

/** The two handoffs the keystroke timing edits: about 50 KB and 1 MB. */
export function keystrokeDocs(seed = DEFAULT_SEED): { label: string; text: string }[] {
  return [
    { label: '50 KB', text: bigHandoff(createRng(seed + 1), 50 * 1024) },
    { label: '1 MB', text: bigHandoff(createRng(seed + 2), 1024 * 1024) },
  ];
}

/** Every Markdown file the tools should process (the same set for all of them), sorted. */
export function listMarkdown(dir: string): string[] {
  const out: string[] = [];
  const walk = (rel: string) => {
    for (const e of fs.readdirSync(path.join(dir, rel), { withFileTypes: true })) {
      const child = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) {
        if (e.name !== 'node_modules' && e.name !== '.git' && child !== IGNORED_DIR) walk(child);
      } else if (e.name.endsWith('.md') && !e.name.endsWith(IGNORED_SUFFIX)) out.push(child);
    }
  };
  walk('');
  return out.sort();
}
