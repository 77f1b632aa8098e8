import type { Metadata } from "next";
import Link from "next/link";
import { requireRolePage } from "@/lib/auth/current-user";
import { listContentImports, listContentImportsQuery } from "@/lib/content-import/list-content-imports";
import { UploadForm } from "./_components/upload-form";
import { ImportStatusBadge, formatWhen } from "./_components/import-status";

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
        Add or update questions in bulk from a CSV or JSON file. Each row is checked first; you see every problem before anything is written, and importing the
        same file twice changes nothing. Start from an example:{" "}
        <a href="/import-examples/questions.csv" download className="font-medium text-brand-700 hover:underline">
          questions.csv
        </a>{" "}
        or{" "}
        <a href="/import-examples/questions.json" download className="font-medium text-brand-700 hover:underline">
          questions.json
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
          <table className="mt-2 w-full bg-white text-left text-sm">
            <thead className="border-b border-slate-200 text-slate-600">
              <tr>
                <th className="p-2 font-medium">File</th>
                <th className="p-2 font-medium">Uploaded</th>
                <th className="p-2 font-medium">By</th>
                <th className="p-2 font-medium">Status</th>
                <th className="p-2 text-right font-medium">Valid / rows</th>
                <th className="p-2 text-right font-medium">Imported</th>
              </tr>
            </thead>
            <tbody>
              {items.map((i) => (
                <tr key={i.id} className="border-b border-slate-100">
                  <td className="p-2">
                    <Link href={`/admin/imports/${i.id}`} className="font-medium text-brand-700 hover:underline">
                      {i.fileName}
                    </Link>
                  </td>
                  <td className="p-2">{formatWhen(i.createdAt)}</td>
                  <td className="p-2">{i.createdBy ?? "deleted user"}</td>
                  <td className="p-2">
                    <ImportStatusBadge status={i.status} />
                  </td>
                  <td className="p-2 text-right tabular-nums">
                    {i.validRows} / {i.totalRows}
                  </td>
                  <td className="p-2 text-right tabular-nums">{i.importedRows}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {nextCursor && (
          <Link href={{ pathname: "/admin/imports", query: { cursor: nextCursor } }} className="mt-4 inline-block text-brand-700 hover:underline">
            Older imports
          </Link>
        )}
      </section>
    </>
  );
}
