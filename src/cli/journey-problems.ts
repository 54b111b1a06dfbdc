// The cross-document rules (broken-link, follows-cycle, missing-next) in `handoff lint`: they run
// once over every handoff's journey facts, after each file's own rules.
import { lintWorkspace, relative, todayIn, type FileSystem, type FoundFile } from '../core/index';
import { toProblem } from './formatters/json';
import { readJourneyFacts, type ConfigFor, type FileOutcome, type LintSettings } from './lint-files';
import { resolveLinkTargets } from './journey-targets';

interface Rest {
  /** Matched files linted elsewhere (other shards): read for their facts, never reported. */
  readonly others: readonly FoundFile[];
  readonly configFor: ConfigFor;
  /** Rule ids whose problems are left out (missing-next with --changed-since). */
  readonly left: readonly string[];
}

/** The cross-document rules over every linted handoff, their problems added to each file's, in line order. */
export async function addJourneyProblems(fs: FileSystem, outcomes: FileOutcome[], settings: LintSettings, rest: Rest): Promise<void> {
  const handoffs = outcomes.flatMap((o) => (o.journey ? [o.journey] : []));
  for (const file of rest.others) {
    const facts = await readJourneyFacts(fs, file, rest.configFor, settings);
    if (facts) handoffs.push(facts);
  }
  const found = lintWorkspace(handoffs, { targets: await resolveLinkTargets(fs, handoffs), today: settings.today ?? todayIn() });
  if (!found.size) return;
  for (const [i, outcome] of outcomes.entries()) {
    const issues = found.get(outcome.path)?.filter((issue) => !rest.left.includes(issue.ruleId));
    if (!issues?.length) continue;
    const shown = relative(settings.cwd, outcome.path) || '.';
    const problems = [...outcome.problems, ...issues.map((issue) => toProblem(shown, issue))];
    problems.sort((a, b) => a.line - b.line || a.column - b.column || a.rule.localeCompare(b.rule));
    outcomes[i] = { ...outcome, problems };
  }
}
