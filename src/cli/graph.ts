import { graphToGraphML } from '../export/graphml.ts';
import { graphToJson } from '../export/graph-json.ts';
import { parseCommandArgs } from './args.ts';
import { EXIT_DATA, EXIT_OK, oneOf, type CliIO } from './io.ts';
import { loadGraphForCli } from './load-graph.ts';
import { writeOutput } from './write-output.ts';

export const GRAPH_HELP = `secpath graph --format json|graphml [--out FILE] [--data DIR]
  Writes the whole validated graph: JSON with every field, or GraphML for Gephi, yEd
  or a graph database.`;

export async function runGraph(args: string[], io: CliIO): Promise<number> {
  const { values } = parseCommandArgs('graph', args, {
    format: { type: 'string' },
    out: { type: 'string' },
    data: { type: 'string' },
  });
  const format = oneOf('--format', values.format, ['json', 'graphml'] as const, 'json');
  const loaded = loadGraphForCli(io, values.data);
  if (!loaded) return EXIT_DATA;
  const text = format === 'json' ? graphToJson(loaded.data) : graphToGraphML(loaded.graph);
  writeOutput(io, text, values.out);
  return EXIT_OK;
}
