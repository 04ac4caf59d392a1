import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './ui/App.tsx';
import { shippedGraph } from './ui/shipped-graph.ts';
import './ui/styles.css';
import './ui/plan-extras.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App graph={shippedGraph()} />
  </StrictMode>,
);
