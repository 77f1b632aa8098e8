import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireRolePage } from "@/lib/auth/current-user";
import { listSessions } from "@/lib/auth/session-store";
import { getUserProfile } from "@/lib/admin/users/get-user-profile";
import { getUserActivity } from "@/lib/admin/users/get-user-activity";
import { listUserExports } from "@/lib/admin/users/list-user-exports";
import { ProfileSection } from "./_components/profile-section";
import { ActivitySection } from "./_components/activity-section";
import { SessionsSection } from "./_components/sessions-section";
import { AccountActions } from "./_components/account-actions";

export const metadata: Metadata = { title: "User · Admin" };

export default async function AdminUserPage({ params }: PageProps<"/admin/users/[id]">) {
  const { id } = await params;
  const admin = await requireRolePage(["ADMIN"], `/admin/users/${id}`);
  const profile = await getUserProfile(id);
  if (!profile) notFound();
  const isSelf = profile.id === admin.id;
  const [activity, sessions, exports] = await Promise.all([getUserActivity(profile.id), listSessions(profile.id), listUserExports(admin.id, profile.id)]);

  return (
    <>
      <p className="text-sm">
        <Link href="/admin/users" className="text-brand-700 hover:underline">
          ← Users
        </Link>
      </p>
      <h1 className="mt-2 text-3xl font-bold tracking-tight break-all">{profile.name ?? profile.email}</h1>
      <p className="mt-1 text-sm">
        <Link href={{ pathname: "/admin/audit", query: { entityType: "user", entityId: profile.id } }} className="text-brand-700 hover:underline">
          Audit history of this account
        </Link>
      </p>
      <div className="mt-6 grid gap-6 lg:grid-cols-2">
        <ProfileSection profile={profile} />
        <AccountActions user={profile} isSelf={isSelf} exports={exports} />
        <div className="lg:col-span-2">
          <SessionsSection userId={profile.id} sessions={sessions} currentSessionId={isSelf ? admin.sessionId : undefined} />
        </div>
        <div className="lg:col-span-2">
          <ActivitySection activity={activity} />
        </div>
      </div>
    </>
  );
}
