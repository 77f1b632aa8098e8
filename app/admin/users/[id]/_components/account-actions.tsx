import type { UserExport } from "@/lib/admin/users/list-user-exports";
import { StatusButton } from "../../_components/status-button";
import { formatDateTime } from "../../_components/format-date";
import { exportUserData } from "../actions";
import { ActionButton } from "@/app/_components/ui/action-button";
import { RoleForm } from "./role-form";
import { cardClass } from "@/app/_components/ui/card";

type Props = { user: { id: string; email: string; role: string; status: string }; isSelf: boolean; exports: UserExport[] };

export function AccountActions({ user, isSelf, exports }: Props) {
  return (
    <section aria-labelledby="actions-heading" className={cardClass("p-4")}>
      <h2 id="actions-heading" className="text-lg font-semibold">
        Account
      </h2>
      {isSelf ? (
        <p className="mt-2 text-sm text-slate-700">This is your own account: you cannot change your own role or suspend yourself. Ask another admin.</p>
      ) : user.status === "DELETED" ? (
        <p className="mt-2 text-sm text-slate-700">This account is deleted: its role and status cannot be changed.</p>
      ) : (
        <div className="mt-3 space-y-3">
          <RoleForm userId={user.id} role={user.role} />
          <StatusButton userId={user.id} email={user.email} status={user.status} />
        </div>
      )}
      <h3 className="mt-5 font-semibold">Data export</h3>
      <p className="mt-1 text-sm text-slate-600">A zip of everything this user has stored, for a data request. You own the file; it expires after 7 days.</p>
      <div className="mt-2">
        <ActionButton action={exportUserData} values={{ userId: user.id }}>
          Export this user&apos;s data
        </ActionButton>
      </div>
      {exports.length > 0 && (
        <ul className="mt-3 space-y-1 text-sm" aria-label="Exports you requested">
          {exports.map((f) => (
            <li key={f.id}>
              Requested {formatDateTime(f.createdAt)} —{" "}
              {f.status === "READY" ? (
                <a href={`/api/v1/files/${f.id}`} className="text-brand-700 hover:underline">
                  Download
                </a>
              ) : f.status === "PENDING" ? (
                "being prepared"
              ) : (
                "failed; request it again"
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
