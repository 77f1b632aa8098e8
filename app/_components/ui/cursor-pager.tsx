import Link, { type LinkProps } from "next/link";

type PagerLink = { text: string; href: LinkProps<string>["href"] };

/**
 * The links of a list paged by cursor ("Older entries", "First page"): only those that lead somewhere
 * are shown, and none at all on a list that fits one page.
 */
export function CursorPager({ label = "Pages", links }: { label?: string; links: (PagerLink | false | null | undefined | "")[] }) {
  const shown = links.filter((l): l is PagerLink => Boolean(l));
  if (!shown.length) return null;
  return (
    <nav aria-label={label} className="mt-4 flex flex-wrap gap-4 text-sm">
      {shown.map((l) => (
        <Link key={l.text} href={l.href} className="text-brand-700 hover:underline">
          {l.text}
        </Link>
      ))}
    </nav>
  );
}
