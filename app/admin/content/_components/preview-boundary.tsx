"use client";

import { Component, type ReactNode } from "react";

type Props = { children: ReactNode; /** A new value clears an earlier failure (the admin kept typing). */ resetKey: string };

/** Keeps a preview that fails to render from taking the editor down with it. */
export class PreviewBoundary extends Component<Props, { error: string | null }> {
  state = { error: null as string | null };

  static getDerivedStateFromError(error: unknown) {
    return { error: error instanceof Error ? error.message : String(error) };
  }

  componentDidUpdate(previous: Props) {
    if (previous.resetKey !== this.props.resetKey && this.state.error) this.setState({ error: null });
  }

  render() {
    if (this.state.error) {
      return (
        <p role="alert" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
          The preview could not be drawn: {this.state.error}
        </p>
      );
    }
    return this.props.children;
  }
}
