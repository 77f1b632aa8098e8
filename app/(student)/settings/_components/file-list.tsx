import type { GeneratedFileSummary } from "@/lib/files/read-generated-file";
import { fileLabel } from "@/lib/files/file-labels";
import { buttonClass } from "@/app/_components/ui/button";
import { cardClass } from "@/app/_components/ui/card";

const size = (bytes: number) =>
  bytes < 1024 ? `${bytes} B` : bytes < 1024 * 1024 ? `${Math.round(bytes / 1024)} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const capitalised = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export function FileList({ files, formatDate }: { files: GeneratedFileSummary[]; formatDate: (at: Date) => string }) {
  if (!files.length) return <p className="mt-4 text-sm text-slate-600">You have no files yet.</p>;
  return (
    <ul className={cardClass("mt-4 divide-y divide-slate-200")} aria-label="Your files">
      {files.map((f) => (
        <li key={f.id} className="flex flex-wrap items-center justify-between gap-4 p-4">
          <div>
            <p className="font-medium">{capitalised(fileLabel[f.kind])}</p>
            <p className="text-sm text-slate-600">
              Asked for {formatDate(f.createdAt)} · kept until {formatDate(f.expiresAt)}
            </p>
          </div>
          {f.status === "READY" ? (
            <a href={`/api/v1/files/${f.id}`} download className={buttonClass({ size: "sm" })}>
              Download{f.byteSize ? ` (${size(f.byteSize)})` : ""}
            </a>
          ) : f.status === "PENDING" ? (
            <span role="status" className="rounded bg-amber-100 px-2 py-1 text-sm font-medium text-amber-900">
              Being made…
            </span>
          ) : (
            <span className="rounded bg-red-100 px-2 py-1 text-sm font-medium text-red-800">Could not be made: ask again later</span>
          )}
        </li>
      ))}
    </ul>
  );
}
