import Link from "next/link";
import { buttonClass } from "@/app/_components/ui/button";

/**
 * "Try another like this": a fresh variant of a generated question. The variant page picks the seed and
 * redirects to it, so the link itself names none and is never prefetched (each visit is a new variant).
 */
export function TryAnotherLink({ questionId, primary = false }: { questionId: string; primary?: boolean }) {
  return (
    <Link href={`/practice/variants/${questionId}`} prefetch={false} className={buttonClass({ variant: primary ? "primary" : "secondary", size: "lg" })}>
      Try another like this
    </Link>
  );
}
