// Contains a failure to one area of the page (the 3D view, or the panels): the rest of Corium
// stays usable, the area says what happened in plain words and offers a reset.
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useCorium } from '../state/store';
import { disarmCrashProbes } from './CrashProbe';

export interface ErrorBoundaryProps {
  /** The area in plain words, e.g. "3D view": used in the message and the button's name. */
  area: string;
  children: ReactNode;
}

interface State { error: Error | null; generation: number }

/** Back to the state the app starts in (default scenario, time 0, no notices). */
export function resetCoriumState(): void {
  useCorium.setState(useCorium.getInitialState(), true);
}

export class ErrorBoundary extends Component<ErrorBoundaryProps, State> {
  state: State = { error: null, generation: 0 };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  componentDidCatch(error: unknown, info: ErrorInfo): void {
    // Kept in the console for bug reports; the page itself shows the plain message.
    console.warn(`Corium: the ${this.props.area} stopped after an error`, error, info.componentStack);
  }

  private reset = (): void => {
    resetCoriumState();
    disarmCrashProbes();
    // A new key remounts the children from scratch, rather than re-rendering a broken tree.
    this.setState((s) => ({ error: null, generation: s.generation + 1 }));
  };

  render(): ReactNode {
    const { error, generation } = this.state;
    if (!error) return <ErrorBoundaryChildren key={generation}>{this.props.children}</ErrorBoundaryChildren>;
    return (
      <div className="error-boundary" role="alert" data-error-area={this.props.area}>
        <p><strong>The {this.props.area} stopped working.</strong> The rest of Corium still works.</p>
        <p className="error-boundary__detail">Reason: {error.message || 'unknown error'}</p>
        <button type="button" onClick={this.reset}>Reset the {this.props.area}</button>
        <p className="error-boundary__detail">Reset goes back to the default scenario at time 0.</p>
      </div>
    );
  }
}

function ErrorBoundaryChildren({ children }: { children: ReactNode }) {
  return <>{children}</>;
}
