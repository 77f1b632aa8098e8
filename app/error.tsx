"use client";

import { ErrorPanel } from "@/app/_components/error-panel";

// Errors outside a section with its own boundary (public pages, sign-in): the friendly page with a retry.
export default function RootError(props: { error: Error & { digest?: string }; retry: () => void }) {
  return (
    <main id="main">
      <ErrorPanel {...props} />
    </main>
  );
}
