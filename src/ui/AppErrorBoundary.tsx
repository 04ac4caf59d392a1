import { Component, type ReactNode } from 'react';
import { browserStore, STORAGE_KEY } from './state/storage.ts';

/**
 * The last guard: planning errors are already messages (plan-outcome.ts), but should anything
 * else fail while drawing the page, say so and offer a clean start rather than a blank page.
 * The saved plan is kept until the person asks to clear it.
 */
export class AppErrorBoundary extends Component<{ children: ReactNode }, { error: Error | null }> {
  override state = { error: null as Error | null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  private readonly startOver = () => {
    try {
      browserStore()?.removeItem(STORAGE_KEY);
    } catch {
      // Storage refused: the reload below still drops the link's state.
    }
    window.location.assign(window.location.pathname);
  };

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <main className="layout">
        <div className="callout warning" role="alert">
          <p className="callout-title">secpath could not show this page</p>
          <p>{this.state.error.message}</p>
          <p>
            <button type="button" onClick={this.startOver}>
              Start over with an empty plan
            </button>
          </p>
        </div>
      </main>
    );
  }
}
