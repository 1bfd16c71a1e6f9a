import { Component, type ErrorInfo, type ReactNode } from 'react';

type Props = { readonly name: string; readonly children: ReactNode };
type State = { readonly error: Error | null };

/**
 * Keeps a failing panel from blanking the page: the panel is replaced by what went wrong, and the
 * other panels keep working. The error is also reported on the console for bug reports.
 */
export class SectionBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error(`The ${this.props.name} panel failed`, error, info.componentStack);
  }

  override render(): ReactNode {
    if (!this.state.error) return this.props.children;
    return (
      <section className="panel notice notice--error" role="alert">
        <p>
          The {this.props.name} panel failed: {this.state.error.message}.{' '}
          <button type="button" onClick={() => this.setState({ error: null })}>
            Try again
          </button>
        </p>
      </section>
    );
  }
}
