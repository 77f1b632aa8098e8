"use client";

import type { Route } from "next";
import { usePathname } from "next/navigation";
import { LinkTabs } from "@/app/_components/ui/link-tabs";

const sections = [
  ["", "Students"],
  ["/assignments", "Assignments"],
  ["/marking", "Marking"],
  ["/analytics", "Analytics"],
] as const;

/** A class's sections; the one whose pages are open is marked current. */
export function ClassTabs({ classId }: { classId: string }) {
  const pathname = usePathname();
  const base = `/teach/classes/${classId}`;
  const current = sections.filter(([path]) => path && pathname.startsWith(base + path)).at(-1)?.[0] ?? "";
  return (
    <LinkTabs
      label="Class sections"
      className="mt-4 mb-6"
      tabs={sections.map(([path, label]) => ({ key: label, label, href: (base + path) as Route, current: path === current }))}
      ariaCurrent={(tab) => (tab.href === pathname ? "page" : "true")}
    />
  );
}
