import Link, { type LinkProps } from "next/link";

export type LinkTab = { key: string; label: string; href: LinkProps<string>["href"]; current: boolean };

const looks = {
  underline: {
    list: "-mb-px flex flex-wrap gap-x-1 text-sm",
    link: (current: boolean) =>
      `inline-block border-b-2 px-3 py-2 font-medium ${current ? "border-brand-600 text-brand-800" : "border-transparent text-slate-700 hover:border-slate-400"}`,
  },
  pills: {
    list: "flex flex-wrap gap-2 text-sm",
    link: (current: boolean) =>
      `inline-block rounded-md border px-3 py-1.5 ${current ? "border-brand-600 bg-brand-600 text-white" : "border-slate-300 bg-white hover:border-brand-600"}`,
  },
};

/**
 * Sections or views of a page as plain links (server-rendered, they work without script and keep their
 * place in the URL); the current one is marked for screen readers. `ariaCurrent` says what kind of
 * current it is: "page" when the link leads exactly here.
 */
export function LinkTabs({
  label,
  tabs,
  look = "underline",
  ariaCurrent = () => "true",
  className = "",
}: {
  label: string;
  tabs: LinkTab[];
  look?: keyof typeof looks;
  ariaCurrent?: (tab: LinkTab) => "page" | "true";
  className?: string;
}) {
  const style = looks[look];
  return (
    <nav aria-label={label} className={`${look === "underline" ? "border-b border-slate-200" : ""} ${className}`}>
      <ul className={style.list}>
        {tabs.map((tab) => (
          <li key={tab.key}>
            <Link href={tab.href} aria-current={tab.current ? ariaCurrent(tab) : undefined} className={style.link(tab.current)}>
              {tab.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
