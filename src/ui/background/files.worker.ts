// Opening files and writing exports: a 5 MB résumé is read, a plan file checked with zod and
// planned again here, off the page's thread. zod builds its schemas without new Function()
// (the worker has the page's policy), so that is set before any schema is made.
import '../transfer/zod-jitless.ts';
import type { RoleGraph } from '../../graph/role-graph.ts';
import { runTransfer } from './file-jobs.ts';
import { graphFrom, messageOf, scope } from './worker-graph.ts';

let graph: RoleGraph | null = null;

scope.onmessage = async ({ data }) => {
  if (data.kind === 'init') {
    graph = graphFrom(data.data);
    return;
  }
  if (data.kind !== 'transfer') return;
  if (!graph) return scope.postMessage({ kind: 'failed', id: data.id, message: 'secpath has no data yet' });
  try {
    scope.postMessage({ kind: 'transferred', id: data.id, result: await runTransfer(graph, data.job) });
  } catch (error) {
    scope.postMessage({ kind: 'failed', id: data.id, message: messageOf(error) });
  }
};
