import { Component, lazy, Suspense, type ReactNode } from 'react';
import type { CytoscapeGraphProps } from './CytoscapeGraph.tsx';

// Cytoscape is the largest dependency by far: it loads in its own chunk after the form and the
// plan are on screen, so a person reads their route while the graph draws.
const CytoscapeGraph = lazy(() => import('./CytoscapeGraph.tsx'));

class GraphErrorBoundary extends Component<{ children: ReactNode }, { error: Error | null }> {
  override state = { error: null as Error | null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override render() {
    if (this.state.error) {
      return (
        <div className="graph-placeholder" role="status">
          The graph could not be drawn ({this.state.error.message}). The tables below show the same roles and moves.
        </div>
      );
    }
    return this.props.children;
  }
}

export function GraphView(props: CytoscapeGraphProps) {
  return (
    <GraphErrorBoundary>
      <Suspense
        fallback={
          <div className="graph-placeholder" role="status">
            Drawing the graph…
          </div>
        }
      >
        <CytoscapeGraph {...props} />
      </Suspense>
    </GraphErrorBoundary>
  );
}
