// Contains a failure to one area of the page (the 3D view, or the panels): the rest of Corium
// stays usable, the area says what happened in plain words and offers a reset.
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useCorium } from '../state/store';
import { disarmCrashProbes } from '../state/crashProbe';
import { t } from '../i18n';
import { useGraphicsStatus } from '../scene/graphicsStatus';
import { releaseProbeContext } from '../scene/webglSupport';

export interface ErrorBoundaryProps {
  /** Which area: its name in words comes from the catalogue (used in the message and the button's name). */
  area: 'view' | 'panels';
  children: ReactNode;
}

interface State { error: Error | null; generation: number }

/** Back to the state the app starts in (default scenario, time 0, no notices; mode and language kept). */
export function resetCoriumState(): void {
  useCorium.getState().resetAll();
}

export class ErrorBoundary extends Component<ErrorBoundaryProps, State> {
  state: State = { error: null, generation: 0 };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  componentDidCatch(error: unknown, info: ErrorInfo): void {
    // Kept in the console for bug reports; the page itself shows the plain message.
    console.warn(`Corium: the ${this.props.area} area stopped after an error`, error, info.componentStack);
    // No picture is coming: what waits for the view's first one (the panels) need not wait.
    if (this.props.area === 'view') {
      useGraphicsStatus.getState().setFailed();
      // A view that failed before making its renderer leaves the WebGL check's context unused.
      releaseProbeContext();
    }
  }

  private reset = (): void => {
    resetCoriumState();
    if (this.props.area === 'view') useGraphicsStatus.setState({ failed: false });
    disarmCrashProbes();
    // A new key remounts the children from scratch, rather than re-rendering a broken tree.
    this.setState((s) => ({ error: null, generation: s.generation + 1 }));
  };

  render(): ReactNode {
    const { error, generation } = this.state;
    if (!error) return <ErrorBoundaryChildren key={generation}>{this.props.children}</ErrorBoundaryChildren>;
    const area = t(this.props.area === 'view' ? 'common.errors.areaView' : 'common.errors.areaPanels');
    return (
      <div className="error-boundary" role="alert" data-error-area={this.props.area}>
        <p><strong>{t('common.errors.stopped', { area })}</strong> {t('common.errors.restWorks')}</p>
        <p className="error-boundary__detail">{t('common.errors.reason', { message: error.message || t('common.errors.unknown') })}</p>
        <button type="button" onClick={this.reset}>{t('common.errors.reset', { area })}</button>
        <p className="error-boundary__detail">{t('common.errors.resetExplained')}</p>
      </div>
    );
  }
}

function ErrorBoundaryChildren({ children }: { children: ReactNode }) {
  return <>{children}</>;
}
