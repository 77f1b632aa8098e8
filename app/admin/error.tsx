"use client";

import { ErrorPanel } from "@/app/_components/error-panel";

// Inside the admin layout: the header and the admin sections stay, only the page is replaced.
export default function AdminError(props: { error: Error & { digest?: string }; retry: () => void }) {
  return <ErrorPanel {...props} />;
}
