import { Component, type ErrorInfo, type ReactNode } from 'react';
import { asError } from './LabErrorBoundary.tsx';

interface ChartsErrorBoundaryProps {
  readonly children: ReactNode;
}

interface ChartsErrorBoundaryState {
  readonly error: Error | null;
}

/**
 * Around a lab's lazily loaded charts: a chart that throws (or a chunk that fails to load) leaves
 * a one-line note, and the rest of the lab (run bar, numbers, timeline) keeps working. The next
 * mount (a new run, another lab) tries again.
 */
export class ChartsErrorBoundary extends Component<
  ChartsErrorBoundaryProps,
  ChartsErrorBoundaryState
> {
  override state: ChartsErrorBoundaryState = { error: null };

  static getDerivedStateFromError(thrown: unknown): ChartsErrorBoundaryState {
    return { error: asError(thrown) };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error('Overlap: the charts stopped with an error.', error, info.componentStack ?? '');
  }

  override render(): ReactNode {
    const { error } = this.state;
    if (error === null) return this.props.children;
    return (
      <p
        className="lab__charts-waiting error-fallback--charts"
        role="alert"
        data-testid="charts-error"
      >
        The charts could not be drawn: {error.message || error.name}
      </p>
    );
  }
}
