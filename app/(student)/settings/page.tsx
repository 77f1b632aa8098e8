import type { Metadata } from "next";
import Link from "next/link";
import { DELETION_GRACE_DAYS } from "@/lib/account-data/account-deletion";
import { getAccountSettings } from "@/lib/account-data/get-account-settings";
import { requireUserPage } from "@/lib/auth/current-user";
import { FILE_RETENTION_DAYS } from "@/lib/files/request-file";
import { listGeneratedFiles } from "@/lib/files/read-generated-file";
import { formatInTimeZone } from "@/lib/account-data/format-in-time-zone";
import { PASSWORD_MIN_LENGTH } from "@/lib/auth/password";
import { changeEmailReminders, requestDeletion, requestExport, requestReport } from "./actions";
import { resendVerification, updateEmail, updateName, updatePassword } from "./account-actions";
import { AccountForm } from "./_components/account-form";
import { DeleteAccountForm } from "./_components/delete-account-form";
import { DeletionPendingBanner } from "./_components/deletion-pending-banner";
import { FileList } from "./_components/file-list";
import { RefreshWhilePending } from "./_components/refresh-while-pending";
import { RequestFileButton } from "./_components/request-file-button";
import { buttonClass } from "@/app/_components/ui/button";
import { ActionButton } from "@/app/_components/ui/action-button";
import { FormAlert } from "@/app/_components/ui/form-alert";
import { listStudentClasses } from "@/lib/classes/list-student-classes";
import { leaveClassAction } from "./class-actions";
import { JoinClassForm } from "./_components/join-class-form";

export const metadata: Metadata = { title: "Settings" };

const FILES_SHOWN = 20;

export default async function SettingsPage({ searchParams }: { searchParams: Promise<{ joined?: string }> }) {
  const user = await requireUserPage("/settings");
  const [account, files, classes, { joined }] = await Promise.all([
    getAccountSettings(user.id),
    listGeneratedFiles(user.id, { limit: FILES_SHOWN }),
    listStudentClasses(user.id),
    searchParams,
  ]);
  const formatDate = (at: Date) => formatInTimeZone(at, account.timeZone);

  return (
    <>
      {account.deleteAfter && <DeletionPendingBanner deleteOn={formatDate(account.deleteAfter)} />}
      <h1 className="text-3xl font-bold tracking-tight">Settings</h1>
      <p className="mt-2 text-slate-700">
        Your data, your emails and your account. To see where you are signed in, go to{" "}
        <Link href="/settings/sessions" className="text-brand-700 underline">
          your devices
        </Link>
        . Times are shown in your time zone, {account.timeZone}.
      </p>

      <section aria-labelledby="your-account" className="mt-10">
        <h2 id="your-account" className="text-xl font-semibold">
          Your account
        </h2>
        <div className="mt-2 grid gap-8 lg:grid-cols-3">
          <div>
            <h3 className="font-semibold">Name</h3>
            <AccountForm
              label="Change your name"
              action={updateName}
              submitLabel="Save name"
              fields={[{ name: "name", label: "Name", autoComplete: "name", defaultValue: account.name ?? "" }]}
            />
          </div>
          <div>
            <h3 className="font-semibold">Email address</h3>
            <p className="mt-1 text-sm break-all text-slate-700">
              You sign in with <strong>{account.email}</strong>.
              {account.pendingEmail && <> We sent a confirmation link to {account.pendingEmail}: the change happens when you open it.</>}
            </p>
            {!account.emailVerified && (
              <div className="mt-2 rounded-md border border-amber-200 bg-amber-50 p-3 text-sm text-amber-950">
                <p>This address is not verified yet: open the link we emailed you. No email, or the link expired?</p>
                <AccountForm label="Send the verification link again" action={resendVerification} submitLabel="Send the link again" fields={[]} />
              </div>
            )}
            <AccountForm
              label="Change your email address"
              action={updateEmail}
              submitLabel="Send confirmation link"
              fields={[
                { name: "email", label: "New email address", type: "email", autoComplete: "email" },
                ...(account.hasPassword
                  ? [{ name: "emailCurrentPassword", label: "Current password", type: "password", autoComplete: "current-password" }]
                  : []),
              ]}
            />
          </div>
          <div>
            <h3 className="font-semibold">Password</h3>
            <p className="mt-1 text-sm text-slate-700">Changing it signs you out on your other devices.</p>
            <AccountForm
              label="Change your password"
              action={updatePassword}
              submitLabel={account.hasPassword ? "Change password" : "Set password"}
              fields={[
                ...(account.hasPassword ? [{ name: "currentPassword", label: "Current password", type: "password", autoComplete: "current-password" }] : []),
                {
                  name: "newPassword",
                  label: "New password",
                  type: "password",
                  autoComplete: "new-password",
                  hint: `At least ${PASSWORD_MIN_LENGTH} characters.`,
                },
              ]}
            />
          </div>
        </div>
      </section>

      <section aria-labelledby="classes" className="mt-10">
        <h2 id="classes" className="text-xl font-semibold">
          Classes
        </h2>
        <p className="mt-1 max-w-3xl text-slate-700">
          Join your teacher&rsquo;s class with the code they give you. Your teachers see your work in that class&rsquo;s course, and can set you work.
        </p>
        {joined === "1" && (
          <div className="mt-3 max-w-md">
            <FormAlert tone="success" message="You joined the class." />
          </div>
        )}
        {classes.length > 0 && (
          <ul className="mt-3 max-w-2xl space-y-2">
            {classes.map((c) => (
              <li key={c.id} className="flex flex-wrap items-center justify-between gap-2 rounded-md border border-slate-200 bg-white px-4 py-3">
                <span>
                  <span className="font-medium">{c.name}</span>
                  <span className="block text-sm text-slate-600">
                    {c.course.name}
                    {c.teachers.length > 0 && <> · {c.teachers.join(", ")}</>}
                  </span>
                </span>
                <ActionButton action={leaveClassAction} values={{ classId: c.id }} label={`Leave ${c.name}`}>
                  Leave
                </ActionButton>
              </li>
            ))}
          </ul>
        )}
        <JoinClassForm />
      </section>

      <section aria-labelledby="your-data" className="mt-10">
        <h2 id="your-data" className="text-xl font-semibold">
          Your data
        </h2>
        <p className="mt-2 max-w-prose text-slate-700">
          Download everything we store about you (your answers, progress, flashcards and mock exams, as JSON files in a zip), or a PDF report of your progress.
          Files take a minute to make; we email you when one is ready, and delete it after {FILE_RETENTION_DAYS} days.
        </p>
        <div className="mt-4 flex flex-wrap gap-6">
          <RequestFileButton action={requestExport} label="Download all my data" />
          <RequestFileButton action={requestReport} label="Make my progress report" />
        </div>
        <FileList files={files.items} formatDate={formatDate} />
        <RefreshWhilePending pending={files.items.some((f) => f.status === "PENDING")} />
      </section>

      <section aria-labelledby="email-reminders" className="mt-10">
        <h2 id="email-reminders" className="text-xl font-semibold">
          Email reminders
        </h2>
        <form action={changeEmailReminders} className="mt-2 flex flex-wrap items-center gap-4">
          <p className="text-slate-700">
            Daily study reminders are <strong>{account.emailReminders ? "on" : "off"}</strong>: on days when flashcards are due or your streak is at risk, we
            email you in the late afternoon.
          </p>
          <input type="hidden" name="enabled" value={account.emailReminders ? "false" : "true"} />
          <button type="submit" className={buttonClass({ variant: "secondary", size: "sm" })}>
            {account.emailReminders ? "Turn reminders off" : "Turn reminders on"}
          </button>
        </form>
      </section>

      <section aria-labelledby="delete-account" className="mt-10">
        <h2 id="delete-account" className="text-xl font-semibold">
          Delete account
        </h2>
        {account.deleteAfter ? (
          <p className="mt-2 max-w-prose text-slate-700">
            Deletion is scheduled for {formatDate(account.deleteAfter)}. Until then you can sign in and cancel it with the button at the top of this page; after
            that, your account and everything in it are erased for good.
          </p>
        ) : (
          <>
            <p className="mt-2 max-w-prose text-slate-700">
              Deleting your account erases your answers, progress, flashcards, mock exams and files. It happens {DELETION_GRACE_DAYS} days after you ask, so you
              can change your mind: sign in during that time and cancel. You will be signed out on every device straight away. Consider downloading your data
              first.
            </p>
            <DeleteAccountForm action={requestDeletion} graceDays={DELETION_GRACE_DAYS} />
          </>
        )}
      </section>
    </>
  );
}
