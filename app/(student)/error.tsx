"use client";

import { ErrorPanel } from "@/app/_components/error-panel";

// Inside the student layout: the header and its navigation stay, only the page is replaced.
export default function StudentError(props: { error: Error & { digest?: string }; retry: () => void }) {
  return <ErrorPanel {...props} />;
}
