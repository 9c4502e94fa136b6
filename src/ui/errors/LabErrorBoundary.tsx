import { Component, type ErrorInfo, type ReactNode } from 'react';

interface LabErrorBoundaryProps {
  readonly children: ReactNode;
  /** Shows the default lab (the page without a query); the boundary then renders its children again. */
  readonly onBackToDefault: () => void;
}

interface LabErrorBoundaryState {
  readonly error: Error | null;
}

/** Whatever was thrown, as an Error (a component may throw a string or anything else). */
export function asError(thrown: unknown): Error {
  return thrown instanceof Error ? thrown : new Error(String(thrown));
}

/**
 * Catches an error thrown while rendering a lab (or in its effects) and shows what happened with
 * a way back, instead of a blank page. React logs the error to the console itself.
 */
export class LabErrorBoundary extends Component<LabErrorBoundaryProps, LabErrorBoundaryState> {
  override state: LabErrorBoundaryState = { error: null };

  static getDerivedStateFromError(thrown: unknown): LabErrorBoundaryState {
    return { error: asError(thrown) };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error('Overlap: the lab stopped with an error.', error, info.componentStack ?? '');
  }

  private readonly backToDefault = (): void => {
    this.props.onBackToDefault();
    this.setState({ error: null });
  };

  override render(): ReactNode {
    const { error } = this.state;
    if (error === null) return this.props.children;
    return (
      <section className="error-fallback" role="alert" data-testid="lab-error">
        <h2 className="error-fallback__title">The lab stopped</h2>
        <p>An error occurred while drawing this lab, so it cannot be shown as it is.</p>
        <pre className="error-fallback__message" data-testid="lab-error-message">
          {error.message || error.name}
        </pre>
        <div className="error-fallback__actions">
          <button type="button" onClick={this.backToDefault} data-testid="lab-error-back">
            Back to the default lab
          </button>
          <button type="button" onClick={() => window.location.reload()}>
            Reload
          </button>
        </div>
      </section>
    );
  }
}
