import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireRolePage } from "@/lib/auth/current-user";
import { getContentImport } from "@/lib/content-import/get-content-import";
import { StartImportButton } from "../_components/start-import-button";
import { ImportStatusBadge, formatWhen } from "../_components/import-status";
import { DataTable } from "@/app/_components/ui/data-table";
import { cardClass } from "@/app/_components/ui/card";

export const metadata: Metadata = { title: "Content import · Admin" };

function Figure({ label, value }: { label: string; value: number | string }) {
  return (
    <div className={cardClass("p-3")}>
      <dt className="text-sm text-slate-600">{label}</dt>
      <dd className="text-2xl font-semibold tabular-nums">{value}</dd>
    </div>
  );
}

export default async function AdminImportPage({ params }: PageProps<"/admin/imports/[id]">) {
  const { id } = await params;
  await requireRolePage(["ADMIN"], `/admin/imports/${id}`);
  const item = await getContentImport(id);
  if (!item) notFound();
  const { result } = item;

  return (
    <>
      <Link href="/admin/imports" className="text-sm text-brand-700 hover:underline">
        ← All imports
      </Link>
      <h1 className="mt-2 text-3xl font-bold tracking-tight break-all">{item.fileName}</h1>
      <p className="mt-2 flex flex-wrap items-center gap-2 text-sm text-slate-700">
        <ImportStatusBadge status={item.status} />
        <span>
          {item.format.toUpperCase()} · uploaded {formatWhen(item.createdAt)} by {item.createdBy ?? "a deleted user"}
        </span>
      </p>
      <p className="mt-1 text-xs text-slate-600">
        SHA-256 <code className="break-all">{item.fileSha256}</code>
      </p>

      <section aria-labelledby="validation-heading" className="mt-8">
        <h2 id="validation-heading" className="text-lg font-semibold">
          Validation
        </h2>
        <dl className="mt-2 grid grid-cols-3 gap-3">
          <Figure label="Rows in the file" value={item.totalRows} />
          <Figure label="Valid" value={item.validRows} />
          <Figure label="Rejected" value={item.rejectedCount} />
        </dl>
      </section>

      <section aria-labelledby="import-heading" className="mt-8">
        <h2 id="import-heading" className="text-lg font-semibold">
          Import
        </h2>
        <div className="mt-2">
          {item.status === "VALIDATED" && item.validRows > 0 && <StartImportButton importId={item.id} validRows={item.validRows} />}
          {item.status === "VALIDATED" && item.validRows === 0 && (
            <p className="text-slate-700">No row passed validation, so there is nothing to import. Fix the file and upload it again.</p>
          )}
          {(item.status === "IMPORTING" || item.status === "VALIDATING") && (
            <p role="status" className="text-slate-700">
              Importing: {item.importedRows} of {item.validRows} rows done.{" "}
              <Link href={`/admin/imports/${item.id}`} className="font-medium text-brand-700 hover:underline">
                Refresh
              </Link>
            </p>
          )}
          {item.status === "FAILED" && (
            <p role="alert" className="text-red-800">
              The import failed{item.finishedAt ? ` at ${formatWhen(item.finishedAt)}` : ""} after {item.importedRows} of {item.validRows} rows:{" "}
              {item.error ?? "no reason recorded"}. Rows already written stay written; upload the file again to finish (unchanged rows are skipped).
            </p>
          )}
          {item.status === "SUCCEEDED" && result && (
            <>
              <p className="text-slate-700">Finished {item.finishedAt ? formatWhen(item.finishedAt) : ""}.</p>
              <dl className="mt-2 grid grid-cols-3 gap-3">
                <Figure label="Created" value={result.created} />
                <Figure label="Updated" value={result.updated} />
                <Figure label="Unchanged" value={result.unchanged} />
              </dl>
            </>
          )}
        </div>
      </section>

      {item.rejectedCount > 0 && (
        <section aria-labelledby="rejects-heading" className="mt-8">
          <h2 id="rejects-heading" className="text-lg font-semibold">
            Rejected rows
          </h2>
          <p className="mt-1 text-sm text-slate-700">
            {item.rejectedCount > item.rejectedHead.length ? `The first ${item.rejectedHead.length} of ${item.rejectedCount}. ` : ""}
            <a href={`/api/v1/admin/imports/${item.id}/rejects`} className="font-medium text-brand-700 hover:underline">
              Download all rejects (CSV)
            </a>
          </p>
          <DataTable
            caption="Rejected rows"
            className="mt-2"
            headers={["Row", "Key", "Reasons"]}
            alignTop
            numeric={[0]}
            columnClasses={{ 1: "break-all" }}
            rowKeys={item.rejectedHead.map((r) => r.row)}
            rows={item.rejectedHead.map((r) => [
              r.row,
              r.key ?? "—",
              <ul key="reasons" className="list-disc space-y-1 pl-4">
                {r.reasons.map((reason) => (
                  <li key={reason}>{reason}</li>
                ))}
              </ul>,
            ])}
          />
        </section>
      )}
    </>
  );
}
