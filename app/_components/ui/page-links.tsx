import type { Route } from "next";
import Link from "next/link";
import { buttonClass } from "@/app/_components/ui/button";

const link = buttonClass({ variant: "secondary", size: "sm" });

/**
 * Previous / next links of a numbered list. `query` is the list's other parameters (filters, tab),
 * kept in every link so paging never silently drops a filter.
 */
export function PageLinks({
  pathname,
  query,
  page,
  pageCount,
  label = "Pages",
}: {
  pathname: string;
  query: Record<string, string>;
  page: number;
  pageCount: number;
  label?: string;
}) {
  if (pageCount <= 1) return null;
  const href = (p: number) => ({ pathname: pathname as Route, query: p > 1 ? { ...query, page: String(p) } : query });
  return (
    <nav aria-label={label} className="mt-4 flex flex-wrap items-center gap-3 text-sm">
      {page > 1 && (
        <Link href={href(page - 1)} className={link}>
          Previous page
        </Link>
      )}
      <span className="text-slate-700">
        Page {page} of {pageCount}
      </span>
      {page < pageCount && (
        <Link href={href(page + 1)} className={link}>
          Next page
        </Link>
      )}
    </nav>
  );
}
