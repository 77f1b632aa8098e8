import type { Metadata } from "next";
import Link from "next/link";
import { requireUserPage } from "@/lib/auth/current-user";
import { findClassByCode } from "@/lib/classes/join-class";
import { formatJoinCode, normaliseJoinCode } from "@/lib/classes/join-code";
import { cardClass } from "@/app/_components/ui/card";
import { ActionButton } from "@/app/_components/ui/action-button";
import { joinClassAction } from "../../settings/class-actions";

export const metadata: Metadata = { title: "Join a class" };

// A link only shows the class: joining is a button, so opening a link (or a link preview fetching it)
// never puts anyone in a class.
export default async function JoinPage({ params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  await requireUserPage(`/join/${encodeURIComponent(code)}`);
  const found = await findClassByCode(decodeURIComponent(code));
  const joinCode = normaliseJoinCode(decodeURIComponent(code));

  return (
    <div className={cardClass("mx-auto max-w-lg p-6")}>
      <h1 className="text-2xl font-bold tracking-tight">Join a class</h1>
      {found && joinCode ? (
        <>
          <p className="mt-3 text-slate-800">
            <strong>{found.name}</strong>
            <br />
            {found.course.name}
            {found.teachers.length > 0 && <> · taught by {found.teachers.join(", ")}</>}
          </p>
          <p className="mt-3 text-sm text-slate-700">
            Your teachers will see your practice, marks and progress in this course (not your other courses). You can leave the class at any time in Settings.
          </p>
          <div className="mt-5">
            <ActionButton action={joinClassAction} values={{ code: joinCode, from: "link" }} variant="primary">
              Join {found.name}
            </ActionButton>
          </div>
        </>
      ) : (
        <p className="mt-3 text-slate-700">
          No open class has the code {joinCode ? formatJoinCode(joinCode) : "in this link"}. Ask your teacher for the current code: it changes when they renew
          it. You can type a code in{" "}
          <Link href="/settings#classes" className="text-brand-700 underline">
            Settings
          </Link>
          .
        </p>
      )}
    </div>
  );
}
