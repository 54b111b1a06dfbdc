// Synthetic Markdown content for the benchmark repo: handoffs of every built-in type (complete,
// incomplete, broken, broken YAML) and ordinary Markdown (READMEs, notes, posts, changelogs).
// Everything comes from the seeded Rng, so a seed always gives the same bytes.
import { BUILTIN_TYPES, type HandoffType } from '../../src/core/index';
import type { Rng } from './prng';

const WORDS = (
  'account action adoption agreement alert api approval archive audit backlog balance batch billing budget build ' +
  'calendar campaign capacity change channel checklist client cluster contract cost customer dashboard data deadline ' +
  'delivery demo deploy design device draft email escalation estimate event export feature field flow forecast form ' +
  'gateway goal handover incident index integration inventory invoice issue kickoff label launch lead license log ' +
  'machine manual meeting metric migration milestone model module monitor network note onboarding order owner ' +
  'package partner patch payment pipeline plan platform policy portal price priority process product project ' +
  'quality quote queue rate record release report request review risk roadmap rollout schedule scope script ' +
  'service session setup signal site sprint staff status storage supplier support survey system target task team ' +
  'template test ticket timeline token tool training trial update upgrade usage user vendor version warehouse workflow'
).split(' ');
const PEOPLE = ['amara', 'kenji', 'hannah', 'oliver', 'sofia', 'liam', 'priya', 'mateo', 'chen', 'fatima', 'noah', 'elena'];
const COMPANIES = ['Northwind', 'Osprey Outdoor', 'Harbor Dental', 'Kestrel Packaging', 'Fernhill Brewing', 'Cedar Court', 'Maple Street'];
const STATUSES = ['draft', 'open', 'open', 'open', 'accepted', 'returned', 'done', 'cancelled'];
const LANGS = ['ts', 'sh', 'yaml', 'json', 'python', ''];

export type HandoffKind = 'complete' | 'incomplete' | 'broken' | 'broken-yaml';

const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
const email = (rng: Rng): string => `${rng.pick(PEOPLE)}@example.com`;

export function date(rng: Rng, fromYear = 2025, toYear = 2027): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${rng.int(fromYear, toYear)}-${pad(rng.int(1, 12))}-${pad(rng.int(1, 28))}`;
}

export function words(rng: Rng, min: number, max: number): string {
  const n = rng.int(min, max);
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(rng.pick(WORDS));
  return out.join(' ');
}

/** A sentence, sometimes with inline markup (bold, code, a link, an emphasis). */
export function sentence(rng: Rng, markup = 0.25): string {
  let s = cap(words(rng, 5, 16));
  if (rng.chance(markup)) {
    const w = rng.pick(WORDS);
    const r = rng.next();
    const inline = r < 0.3 ? `**${w}**` : r < 0.6 ? `\`${w}.${rng.pick(['ts', 'yml', 'md'])}\`` : r < 0.85 ? `[${w}](https://example.com/${w})` : `_${w}_`;
    s += ` ${inline} ${words(rng, 1, 4)}`;
  }
  return `${s}.`;
}

export function paragraph(rng: Rng, markup = 0.25): string {
  const lines: string[] = [];
  let line = '';
  for (let i = rng.int(1, 5); i > 0; i--) {
    line += (line ? ' ' : '') + sentence(rng, markup);
    if (line.length > 80) {
      lines.push(line);
      line = '';
    }
  }
  if (line) lines.push(line);
  return lines.join('\n');
}

function bulletList(rng: Rng, nested: boolean): string {
  const items: string[] = [];
  for (let i = rng.int(2, 6); i > 0; i--) {
    items.push(`- ${rng.chance(0.3) ? `**${cap(rng.pick(WORDS))}:** ` : ''}${sentence(rng)}`);
    if (nested && rng.chance(0.2)) items.push(`  - ${sentence(rng)}`, `  - ${sentence(rng)}`);
  }
  return items.join('\n');
}

export function taskList(rng: Rng, n: number, checkedRate: number): string {
  const items: string[] = [];
  for (let i = 0; i < n; i++) {
    items.push(`- [${rng.chance(checkedRate) ? 'x' : ' '}] ${rng.chance(0.15) ? sentence(rng, 1) : cap(words(rng, 4, 12))}`);
    if (rng.chance(0.08)) items.push(`  - [ ] ${cap(words(rng, 3, 8))}`);
  }
  return items.join('\n');
}

function table(rng: Rng): string {
  const cols = rng.int(2, 4);
  const row = () => `| ${Array.from({ length: cols }, () => words(rng, 1, 3)).join(' | ')} |`;
  const rows = [row(), `|${'---|'.repeat(cols)}`];
  for (let i = rng.int(2, 6); i > 0; i--) rows.push(row());
  return rows.join('\n');
}

function codeBlock(rng: Rng): string {
  const lines = Array.from({ length: rng.int(2, 10) }, () => `${' '.repeat(rng.int(0, 2) * 2)}${words(rng, 2, 6).replace(/ /g, '_')}(${rng.int(0, 99)});`);
  const fence = rng.chance(0.85) ? '```' : '~~~';
  return `${fence}${rng.pick(LANGS)}\n${lines.join('\n')}\n${fence}`;
}

/** One body block: mostly paragraphs and lists, sometimes a table, code, a quote or a sub-heading. */
export function block(rng: Rng): string {
  const r = rng.next();
  if (r < 0.45) return paragraph(rng);
  if (r < 0.7) return bulletList(rng, true);
  if (r < 0.78) return table(rng);
  if (r < 0.86) return codeBlock(rng);
  if (r < 0.91) return `> ${paragraph(rng).replace(/\n/g, '\n> ')}`;
  if (r < 0.96) return `### ${cap(words(rng, 1, 4))}\n\n${paragraph(rng)}`;
  return `1. ${sentence(rng)}\n2. ${sentence(rng)}\n3. ${sentence(rng)}`;
}

function body(rng: Rng, min: number, max: number): string {
  return Array.from({ length: rng.int(min, max) }, () => block(rng)).join('\n\n');
}

function frontMatter(rng: Rng, type: HandoffType, kind: HandoffKind, title: string): string {
  const status = kind === 'incomplete' && rng.chance(0.4) ? 'accepted' : rng.pick(STATUSES);
  const created = date(rng, 2026, 2026);
  const fields: [string, string][] = [
    ['handoff', kind === 'broken' && rng.chance(0.3) ? `${type.id}s` : type.id],
    ['title', title],
    ['status', kind === 'broken' && rng.chance(0.3) ? 'waiting' : status],
    ['from', type.from ?? 'Ops'],
    ['to', type.to ?? 'Support'],
    ['owner', email(rng)],
    ['assignee', email(rng)],
    ['created', created],
    ['due', kind === 'broken' && rng.chance(0.3) ? '2026-13-45' : date(rng, 2026, 2027)],
  ];
  if (status === 'accepted' || status === 'done') fields.push(['accepted_by', email(rng)], ['accepted_at', created]);
  if (kind !== 'complete' && rng.chance(0.5)) fields.splice(rng.int(2, fields.length - 1), 1);
  const lines = fields.map(([k, v]) => `${k}: ${v}`);
  lines.push(`tags: [${words(rng, 1, 3).replace(/ /g, ', ')}]`);
  if (rng.chance(0.3)) lines.push('links:', `  - https://crm.example.com/${rng.int(1000, 9999)}`);
  lines.push(`template_version: ${type.version ?? 1}`);
  if (kind === 'broken-yaml') {
    const r = rng.next();
    const i = rng.int(1, lines.length - 1);
    if (r < 0.35) lines[i] = `${lines[i]!.replace(': ', ': [')}`;
    else if (r < 0.7) lines[i] = `  ${lines[i]}: : bad`;
    else lines.splice(i, 0, `title: duplicate ${words(rng, 1, 2)}`);
  }
  return `---\n${lines.join('\n')}\n---\n`;
}

/** A handoff of `type`; incomplete and broken ones trip the lint rules in different ways. */
export function handoffDoc(rng: Rng, type: HandoffType, kind: HandoffKind): string {
  const title = `${cap(words(rng, 2, 5))} — ${rng.pick(COMPANIES)}`;
  let sections = type.sections.map((spec) => {
    let content: string;
    if (spec.checklist) {
      const items = spec.template?.split('\n').length ?? 5;
      content = taskList(rng, items + rng.int(0, 3), kind === 'complete' ? 0.9 : 0.4);
    } else if (kind === 'incomplete' && rng.chance(0.25)) content = spec.template ?? '';
    else content = body(rng, 1, 4);
    return `## ${spec.name}\n\n${content}`;
  });
  if (kind === 'incomplete' && rng.chance(0.6)) sections.splice(rng.int(0, sections.length - 1), 1);
  if (kind === 'broken' && sections.length > 2 && rng.chance(0.5)) sections = [sections[1]!, sections[0]!, ...sections.slice(2)];
  if (kind === 'broken' && rng.chance(0.3)) sections = sections.map((s) => s.replace(/^- \[[ x]\] .*$/gm, ''));
  if (rng.chance(0.1)) sections.push(`## Notes\n\n<!-- handoff-disable overdue -->\n${paragraph(rng)}`);
  return `${frontMatter(rng, type, kind, title)}\n# ${title}\n\n${sections.join('\n\n')}\n`;
}

/** Ordinary Markdown: no `handoff:` key. Some have front-matter of their own (blog posts). */
export function ordinaryDoc(rng: Rng): string {
  const r = rng.next();
  const title = cap(words(rng, 2, 6));
  if (r < 0.15) {
    const fm = `---\ntitle: ${title}\ndate: ${date(rng)}\nlayout: post\ntags: [${words(rng, 1, 3).replace(/ /g, ', ')}]\n---\n`;
    return `${fm}\n${body(rng, 3, 10)}\n`;
  }
  if (r < 0.3) {
    const entries = Array.from({ length: rng.int(3, 12) }, (_, i) => `## ${rng.int(0, 3)}.${i}.${rng.int(0, 9)} (${date(rng)})\n\n${bulletList(rng, false)}`);
    return `# Changelog\n\n${entries.join('\n\n')}\n`;
  }
  if (r < 0.45) {
    const items = Array.from({ length: rng.int(1, 4) }, () => `## ${cap(words(rng, 1, 3))}\n\n${taskList(rng, rng.int(2, 8), 0.5)}`);
    return `# ${title}\n\n${paragraph(rng)}\n\n${items.join('\n\n')}\n`;
  }
  const sections = Array.from({ length: rng.int(2, 8) }, () => `## ${cap(words(rng, 1, 4))}\n\n${body(rng, 1, 5)}`);
  const setext = rng.chance(0.1);
  return `${setext ? `${title}\n${'='.repeat(title.length)}` : `# ${title}`}\n\n${paragraph(rng)}\n\n${sections.join('\n\n')}\n`;
}

/** A long handoff of about `bytes` bytes (for keystroke timing): every section grows. */
export function bigHandoff(rng: Rng, bytes: number): string {
  const type = BUILTIN_TYPES[0]!;
  const head = handoffDoc(rng, type, 'complete');
  const parts = [head];
  let size = head.length;
  let n = 0;
  while (size < bytes) {
    const spec = type.sections[n++ % type.sections.length]!;
    const chunk = `\n## ${spec.name} (${n})\n\n${spec.checklist ? taskList(rng, 8, 0.5) : body(rng, 3, 6)}\n`;
    parts.push(chunk);
    size += chunk.length;
  }
  return parts.join('');
}

export function pickType(rng: Rng): HandoffType {
  return rng.pick(BUILTIN_TYPES);
}

export function pickKind(rng: Rng): HandoffKind {
  const r = rng.next();
  return r < 0.5 ? 'complete' : r < 0.78 ? 'incomplete' : 'broken';
}
