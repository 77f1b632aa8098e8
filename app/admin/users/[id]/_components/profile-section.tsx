import type { AdminUserProfile } from "@/lib/admin/users/get-user-profile";
import { formatDate, formatDateTime, formatOptionalDateTime } from "../../_components/format-date";
import { cardClass } from "@/app/_components/ui/card";

export function ProfileSection({ profile }: { profile: AdminUserProfile }) {
  const rows: [string, string][] = [
    ["Email", profile.email + (profile.emailVerifiedAt ? "" : " (not verified)")],
    ["Name", profile.name ?? "—"],
    ["Role", profile.role],
    ["Status", profile.status + (profile.deleteAfter ? ` — deletion scheduled for ${formatDate(profile.deleteAfter)}` : "")],
    ["Joined", formatDateTime(profile.createdAt)],
    ["Last active", formatOptionalDateTime(profile.lastActiveAt)],
    ["Time zone", profile.timezone],
    ["Exam session", profile.examSession ?? "Not set"],
  ];
  return (
    <section aria-labelledby="profile-heading" className={cardClass("p-4")}>
      <h2 id="profile-heading" className="text-lg font-semibold">
        Profile
      </h2>
      <dl className="mt-3 grid grid-cols-[max-content_1fr] gap-x-6 gap-y-1 text-sm">
        {rows.map(([term, value]) => (
          <div key={term} className="contents">
            <dt className="font-medium text-slate-600">{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <h3 className="mt-4 font-semibold">Enrolments</h3>
      {profile.enrolments.length === 0 ? (
        <p className="mt-1 text-sm text-slate-600">Not enrolled in any course.</p>
      ) : (
        <ul className="mt-1 list-disc pl-5 text-sm">
          {profile.enrolments.map((e) => (
            <li key={e.slug}>
              {e.name}
              {e.targetGrade ? `, target grade ${e.targetGrade}` : ""} <span className="text-slate-600">(since {formatDate(e.enrolledAt)})</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
