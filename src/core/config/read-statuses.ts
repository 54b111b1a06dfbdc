// `statuses:` of `.handoff.yml`: which statuses are open and closed, their lifecycle phases and
// which closed ones mean the work was abandoned.
import type { Node } from 'yaml';
import { Reader, unknown } from './config-reader';
import { PHASES, type Phase, type StatusConfig } from './types';

export function readStatuses(reader: Reader, node: Node | null): StatusConfig | undefined {
  if (!reader.map(node, 'statuses')) return undefined;
  for (const [k, p] of reader.pairs(node)) if (!STATUS_KEYS.includes(k)) reader.report(p.key, unknown(`key \`${k}\` in \`statuses\``, k, STATUS_KEYS));
  const open = reader.stringList(node.get('open', true) as Node | null, 'statuses.open');
  const closed = reader.stringList(node.get('closed', true) as Node | null, 'statuses.closed');
  if (!open?.length || !closed?.length) {
    reader.report(node, 'Expected `statuses` to list both `open` and `closed` statuses');
    return undefined;
  }
  const both = open.filter((s) => closed.includes(s));
  if (both.length) {
    reader.report(node, `Status \`${both[0]}\` is listed as both open and closed`);
    return undefined;
  }
  const phases = readPhases(reader, node.get('phases', true) as Node | null | undefined, open, closed);
  const abandoned = reader.stringList(node.get('abandoned', true) as Node | null | undefined, 'statuses.abandoned')?.filter((s) => {
    if (closed.includes(s)) return true;
    reader.report(node.get('abandoned', true) as Node, `Unexpected status \`${s}\` in \`statuses.abandoned\`, expected a closed status`);
    return false;
  });
  return { open, closed, ...(phases ? { phases } : {}), ...(abandoned ? { abandoned } : {}) };
}

const STATUS_KEYS = ['open', 'closed', 'phases', 'abandoned'];

/** `phases: { status: phase }`: a closed status is always `closed`, an open one never is. */
function readPhases(reader: Reader, node: Node | null | undefined, open: readonly string[], closed: readonly string[]): Map<string, Phase> | undefined {
  if (node === undefined || !reader.map(node, 'statuses.phases')) return undefined;
  const phases = new Map<string, Phase>();
  for (const [status, pair] of reader.pairs(node)) {
    const phase = reader.string(pair.value, `statuses.phases.${status}`);
    if (phase === undefined) continue;
    if (!(PHASES as readonly string[]).includes(phase)) reader.report(pair.value, unknown(`phase \`${phase}\``, phase, PHASES));
    else if (!open.includes(status) && !closed.includes(status)) reader.report(pair.key, `Unexpected status \`${status}\` in \`statuses.phases\`, expected one listed in \`open\` or \`closed\``);
    else if (closed.includes(status) !== (phase === 'closed')) reader.report(pair.value, `Unexpected phase \`${phase}\` for ${closed.includes(status) ? 'closed' : 'open'} status \`${status}\`, expected ${closed.includes(status) ? '`closed`' : '`draft`, `waiting` or `owned`'}`);
    else phases.set(status, phase as Phase);
  }
  return phases;
}
