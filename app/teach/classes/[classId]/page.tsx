import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireRolePage } from "@/lib/auth/current-user";
import { getClassRoster } from "@/lib/classes/get-class-roster";
import { formatJoinCode } from "@/lib/classes/join-code";
import { lastSeen } from "@/lib/classes/last-seen";
import { env } from "@/lib/env";
import { NotFoundError } from "@/lib/errors";
import { ActionButton } from "@/app/_components/ui/action-button";
import { cardClass } from "@/app/_components/ui/card";
import { DataTable } from "@/app/_components/ui/data-table";
import { archiveClassAction, changeJoiningAction, removeMemberAction } from "../../actions";
import { AddCoTeacherForm } from "../../_components/class-forms";

export const metadata: Metadata = { title: "Class" };

export default async function ClassPage({ params }: { params: Promise<{ classId: string }> }) {
  const { classId } = await params;
  const user = await requireRolePage(["TEACHER", "ADMIN"], `/teach/classes/${classId}`);
  const roster = await getClassRoster(user, classId).catch((err: unknown) => {
    if (err instanceof NotFoundError) notFound();
    throw err;
  });
  const joinLink = roster.joinCode ? `${env.APP_URL}/join/${roster.joinCode}` : null;

  return (
    <>
      <h1 className="text-3xl font-bold tracking-tight">{roster.name}</h1>
      <p className="mt-1 text-slate-700">
        {roster.course.name}
        {roster.exam && <> · exams {roster.exam}</>}
      </p>

      <section aria-labelledby="join-heading" className={cardClass("mt-6 p-5")}>
        <h2 id="join-heading" className="text-xl font-semibold">
          Joining
        </h2>
        {roster.joinCode ? (
          <>
            <p className="mt-2 text-slate-700">Students enter this code in Settings → Classes, or open the link while signed in:</p>
            <p className="mt-3 font-mono text-3xl font-bold tracking-widest" aria-label={`Class code ${[...roster.joinCode].join(" ")}`}>
              {formatJoinCode(roster.joinCode)}
            </p>
            <p className="mt-2 text-sm break-all text-slate-700">{joinLink}</p>
          </>
        ) : (
          <p className="mt-2 text-slate-700">Joining is closed: nobody can join until you open it with a new code. Current students stay in the class.</p>
        )}
        <div className="mt-4 flex flex-wrap gap-3">
          <ActionButton action={changeJoiningAction} values={{ classId: roster.id, change: "rotate" }}>
            {roster.joinCode ? "New code" : "Open joining with a new code"}
          </ActionButton>
          {roster.joinCode && (
            <ActionButton action={changeJoiningAction} values={{ classId: roster.id, change: "close" }}>
              Close joining
            </ActionButton>
          )}
        </div>
      </section>

      <section aria-labelledby="students-heading" className="mt-8">
        <h2 id="students-heading" className="text-xl font-semibold">
          Students ({roster.members.length})
        </h2>
        {roster.members.length === 0 ? (
          <p className="mt-2 text-slate-700">No students yet. Share the code above: students appear here as they join.</p>
        ) : (
          <DataTable
            caption={`Students of ${roster.name}`}
            headers={["Name", "Email", "Joined", "Last active", { label: "Remove", hidden: true }]}
            rowKeys={roster.members.map((m) => m.id)}
            columnClasses={{ 1: "break-all" }}
            rows={roster.members.map((m) => [
              m.name ?? "—",
              m.email,
              lastSeen(m.joinedAt),
              lastSeen(m.lastActiveAt),
              <ActionButton key="remove" action={removeMemberAction} values={{ classId: roster.id, studentId: m.id }} label={`Remove ${m.name ?? m.email}`}>
                Remove
              </ActionButton>,
            ])}
          />
        )}
      </section>

      <section aria-labelledby="teachers-heading" className="mt-8">
        <h2 id="teachers-heading" className="text-xl font-semibold">
          Teachers
        </h2>
        <ul className="mt-2 space-y-1 text-slate-800">
          {roster.teachers.map((t) => (
            <li key={t.id}>
              {t.name ?? t.email}
              {t.name && <span className="text-sm text-slate-600"> · {t.email}</span>}
              {t.id === user.id && <span className="text-sm text-slate-600"> (you)</span>}
            </li>
          ))}
        </ul>
        <p className="mt-3 text-sm text-slate-700">A co-teacher sees and manages this class as you do. They need a teacher account.</p>
        <AddCoTeacherForm classId={roster.id} />
      </section>

      <section aria-labelledby="archive-heading" className={cardClass("mt-10 border-red-200 p-5")}>
        <h2 id="archive-heading" className="text-lg font-semibold">
          Archive this class
        </h2>
        <p className="mt-1 text-sm text-slate-700">
          At the end of the course: the class leaves your list and can no longer be joined. Students keep their work.
        </p>
        <div className="mt-3">
          <ActionButton
            action={archiveClassAction}
            values={{ classId: roster.id }}
            variant="danger"
            confirm={{ id: "confirm-archive", label: "Yes, archive it" }}
          >
            Archive class
          </ActionButton>
        </div>
      </section>
    </>
  );
}
