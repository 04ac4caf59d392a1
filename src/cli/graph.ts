import { graphToGraphML } from '../export/graphml.ts';
import { graphToJson } from '../export/graph-json.ts';
import type { RoleGraph } from '../graph/role-graph.ts';
import type { GraphData } from '../model/index.ts';
import { choiceOption, optionHelp, parseCommandArgs, pathOption } from './args.ts';
import { EXIT, UsageError, type CliIO } from './io.ts';
import { loadGraphForCli } from './load-graph.ts';
import { writeOutput } from './write-output.ts';

const GRAPH_FORMATS = ['json', 'graphml'] as const;

/** --format to renderer. */
const GRAPH_RENDERERS: Record<(typeof GRAPH_FORMATS)[number], (graph: RoleGraph, data: GraphData) => string> = {
  json: (_graph, data) => graphToJson(data),
  graphml: (graph) => graphToGraphML(graph),
};

const GRAPH_OPTIONS = {
  format: choiceOption(
    GRAPH_FORMATS,
    'json (every field) or graphml (for Gephi, yEd, Cytoscape desktop or a graph database); required',
    'graphml',
  ),
  out: pathOption('FILE', 'write to FILE instead of standard output', 'secpath.graphml'),
  data: pathOption('DIR', 'use another graph-data folder', 'my-graph-data'),
};

export const GRAPH_HELP = `secpath graph --format json|graphml [--out FILE] [--data DIR]
  Writes the whole validated graph: JSON with every field, or GraphML.
${optionHelp(GRAPH_OPTIONS)}`;

export async function runGraph(args: string[], io: CliIO): Promise<number> {
  const { values } = parseCommandArgs(args, GRAPH_OPTIONS);
  // The whole graph is thousands of lines: printing it by default only floods the terminal.
  if (values.format === undefined)
    throw new UsageError(
      '--format is required: json (every field) or graphml (Gephi, yEd, graph databases), e.g. --format graphml --out secpath.graphml',
    );
  const loaded = loadGraphForCli(io, values.data);
  if (!loaded) return EXIT.fault;
  writeOutput(io, GRAPH_RENDERERS[values.format](loaded.graph, loaded.data), values.out);
  return EXIT.ok;
}
