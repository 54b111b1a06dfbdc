// Plans a new handoff file: its path (`<folder>/<yyyy-mm-dd>-<slug>.md`, never an existing one),
// its text from the type's template, and where the cursor goes.
import type { HandoffType } from '../config/types';
import { isWithin, join } from '../util/paths';
import { firstSectionBodyLine, renderHandoff, type TemplateValues } from './render-template';

export interface NewHandoffPlan {
  readonly path: string;
  readonly text: string;
  /** 0-based line of the first section's body. */
  readonly cursorLine: number;
}

/**
 * Where New Handoff writes: `.handoff.yml`'s `folder` inside the workspace folder `root`. A folder
 * that leads outside it (`../../tmp`, `/etc`) is refused with a message: a config file in a
 * repository must not make the editor write files elsewhere on the machine.
 */
export function handoffFolder(root: string, folder: string): { readonly path: string } | { readonly error: string } {
  const path = join(root, folder);
  if (isWithin(root, path)) return { path };
  return { error: `\`folder: ${folder}\` in .handoff.yml leads outside the workspace folder (${root}); expected a folder inside it, such as \`handoffs\`` };
}

/** Lowercase words joined by dashes, ASCII only, at most 60 characters: "Q1 launch: EMEA!" → "q1-launch-emea". */
export function slugify(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/(?<!-)-+$/, '');
  return slug || 'handoff';
}

/**
 * Picks the first free name among `<date>-<slug>.md`, `<date>-<slug>-2.md`, … so an existing
 * file is never overwritten. `exists` is asked for each candidate path.
 */
export async function planNewHandoff(
  folder: string,
  type: HandoffType,
  values: TemplateValues,
  exists: (path: string) => Promise<boolean>,
): Promise<NewHandoffPlan> {
  const path = await freeHandoffPath(folder, values.today, values.title, exists);
  const text = renderHandoff(type, values);
  return { path, text, cursorLine: firstSectionBodyLine(text) };
}

/** The first of `<folder>/<today>-<slug>.md`, `<today>-<slug>-2.md`, … for which `exists` says no. */
export async function freeHandoffPath(folder: string, today: string, title: string, exists: (path: string) => Promise<boolean>): Promise<string> {
  const base = `${today}-${slugify(title)}`;
  let path = join(folder, `${base}.md`);
  for (let n = 2; await exists(path); n++) {
    if (n > 1000) throw new Error(`No free file name for ${base}.md in ${folder}`);
    path = join(folder, `${base}-${n}.md`);
  }
  return path;
}
