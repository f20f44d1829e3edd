import { Component, type ReactNode } from 'react';

/** A view that fails to draw says so, and the header and navigation stay usable. */
export class ViewErrorBoundary extends Component<{ children: ReactNode; resetKey: string }, { error: Error | null }> {
  state: { error: Error | null } = { error: null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  componentDidUpdate(previous: { resetKey: string }) {
    if (previous.resetKey !== this.props.resetKey && this.state.error) this.setState({ error: null });
  }

  render() {
    if (this.state.error) {
      return (
        <section aria-labelledby="view-failed">
          <h1 id="view-failed">This view could not be shown</h1>
          <p role="alert">{this.state.error.message}</p>
        </section>
      );
    }
    return this.props.children;
  }
}
