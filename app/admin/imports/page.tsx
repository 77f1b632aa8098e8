import type { Metadata } from "next";
import Link from "next/link";
import { requireRolePage } from "@/lib/auth/current-user";
import { listContentImports, listContentImportsQuery } from "@/lib/content-import/list-content-imports";
import { UploadForm } from "./_components/upload-form";
import { ImportStatusBadge, formatWhen } from "./_components/import-status";
import { DataTable } from "@/app/_components/ui/data-table";
import { CursorPager } from "@/app/_components/ui/cursor-pager";

export const metadata: Metadata = { title: "Content imports · Admin" };

export default async function AdminImportsPage({ searchParams }: PageProps<"/admin/imports">) {
  await requireRolePage(["ADMIN"], "/admin/imports");
  const raw = await searchParams;
  const parsed = listContentImportsQuery.safeParse(Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v])));
  const query = parsed.success ? parsed.data : listContentImportsQuery.parse({});
  const { items, nextCursor } = await listContentImports(query);

  return (
    <>
      <h1 className="text-3xl font-bold tracking-tight">Content imports</h1>
      <p className="mt-2 text-slate-700">
        Add or update questions, and topic notes (JSON only), in bulk from a CSV or JSON file. Each row is checked first; you see every problem before anything
        is written, and importing the same file twice changes nothing. Start from an example:{" "}
        <a href="/import-examples/questions.csv" download className="font-medium text-brand-700 hover:underline">
          questions.csv
        </a>{" "}
        or{" "}
        <a href="/import-examples/questions.json" download className="font-medium text-brand-700 hover:underline">
          questions.json
        </a>{" "}
        or{" "}
        <a href="/import-examples/notes.json" download className="font-medium text-brand-700 hover:underline">
          notes.json
        </a>{" "}
        (the columns and fields are described in the import format guide, <code>lib/content-import/FORMAT.md</code>).
      </p>

      <section aria-labelledby="upload-heading" className="mt-6">
        <h2 id="upload-heading" className="text-lg font-semibold">
          Upload a file
        </h2>
        <div className="mt-2">
          <UploadForm />
        </div>
      </section>

      <section aria-labelledby="history-heading" className="mt-10">
        <h2 id="history-heading" className="text-lg font-semibold">
          Imports
        </h2>
        {!parsed.success && <p className="mt-2 text-sm text-red-700">The page address was invalid; showing the newest imports.</p>}
        {items.length === 0 ? (
          <p className="mt-2 text-slate-700">No imports yet.</p>
        ) : (
          <DataTable
            caption="Imports, newest first"
            className="mt-2"
            headers={["File", "Uploaded", "By", "Status", "Valid / rows", "Imported"]}
            numeric={[4, 5]}
            rowKeys={items.map((i) => i.id)}
            rows={items.map((i) => [
              <Link key="file" href={`/admin/imports/${i.id}`} className="font-medium text-brand-700 hover:underline">
                {i.fileName}
              </Link>,
              formatWhen(i.createdAt),
              i.createdBy ?? "deleted user",
              <ImportStatusBadge key="status" status={i.status} />,
              `${i.validRows} / ${i.totalRows}`,
              i.importedRows,
            ])}
          />
        )}
        <CursorPager links={[nextCursor && { text: "Older imports", href: { pathname: "/admin/imports", query: { cursor: nextCursor } } }]} />
      </section>
    </>
  );
}
