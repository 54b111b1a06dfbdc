// `handoff graph [paths]`: the journeys (handoffs linked by `follows`) as Mermaid, DOT or JSON.
import { buildJourneyGraph, join, journeyFacts, parseHandoff, relative, type JourneyFacts } from '../core/index';
import { booleanOption, choiceOption, parseArgs, stringOption } from './args';
import { formatDot, formatGraphJson, formatMermaid, graphJson } from './formatters/graph';
import { writeOutput } from './lint-options';
import { resolveTargets } from './targets';
import { ConfigResolver } from './config-resolver';
import { EXIT_OK, guarded, type CliContext } from './context';
import { repositoryRoot } from './repository';
import { forEachHandoff } from './scan';

export const GRAPH_FORMATS = ['mermaid', 'dot', 'json'] as const;

export const GRAPH_HELP = `Usage: handoff graph [paths or globs...] [options]

Draws the handoffs under the given files and folders (default: the current folder) and the
\`follows\` links between them: an edge goes from a handoff to the one that follows it, and each
journey (handoffs linked by follows) is a group named after it. Files are named from the
repository root, as in \`handoff lint --format json\`.

Options:
  --format FORMAT     mermaid (default; paste it into a \`\`\`mermaid block on GitHub), dot
                      (Graphviz) or json ({ nodes: [{file, type, title, status, journey}],
                      edges: [{from, to}] })
  -o, --output-file FILE  write the graph to FILE instead of stdout
  --config FILE       config file for every file (default: the nearest .handoff.yml or
                      .handoff.yaml in the file's folder or a folder above it)
  -h, --help          show this help

Exit codes: 0 drawn (even with no handoffs), 2 bad usage. Config problems go to stderr.
`;

export function runGraph(argv: readonly string[], ctx: CliContext): Promise<number> {
  return guarded(ctx, () => graph(argv, ctx));
}

async function graph(argv: readonly string[], ctx: CliContext): Promise<number> {
  const args = parseArgs(argv, {
    command: 'handoff graph',
    options: { format: 'string', 'output-file': 'string', config: 'string', help: 'boolean' },
    aliases: { h: 'help', o: 'output-file' },
  });
  if (booleanOption(args, 'help')) {
    ctx.output.stdout(GRAPH_HELP);
    return EXIT_OK;
  }
  const format = choiceOption(args, 'format', GRAPH_FORMATS, 'mermaid');
  const configs = new ConfigResolver(ctx, stringOption(args, 'config'));
  const targets = await resolveTargets(ctx, args.positionals);
  const handoffs: JourneyFacts[] = [];
  await forEachHandoff(ctx, targets, configs, (handoff, config) => {
    const facts = journeyFacts(parseHandoff(handoff.text, handoff.header), handoff.path, { config });
    if (facts) handoffs.push(facts);
  });
  configs.reportProblems();
  const root = await repositoryRoot(ctx);
  const json = graphJson(buildJourneyGraph(handoffs), (path) => relative(root, join(ctx.cwd, path)));
  const text = format === 'json' ? formatGraphJson(json) : format === 'dot' ? formatDot(json) : formatMermaid(json);
  await writeOutput(ctx, stringOption(args, 'output-file'), text);
  return EXIT_OK;
}
