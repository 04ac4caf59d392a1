declare module 'virtual:secpath-graph-data' {
  import type { GraphData } from '../model/graph-data.ts';
  const data: GraphData;
  export default data;
}
