import type { AdminUserActivity } from "@/lib/admin/users/get-user-activity";
import { formatDateTime, formatOptionalDateTime } from "../../_components/format-date";

export function ActivitySection({ activity }: { activity: AdminUserActivity }) {
  const { attempts, reviews } = activity;
  return (
    <section aria-labelledby="activity-heading" className="rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="activity-heading" className="text-lg font-semibold">
        Recent activity
      </h2>
      <p className="mt-2 text-sm">
        Flashcard reviews: {reviews.last7Days} in the last 7 days, {reviews.last30Days} in the last 30 days · last review{" "}
        {formatOptionalDateTime(reviews.lastReviewedAt, "never")}
      </p>
      {attempts.length === 0 ? (
        <p className="mt-3 text-sm text-slate-600">No answers yet.</p>
      ) : (
        <table className="mt-3 w-full text-left text-sm">
          <caption className="sr-only">Latest answers, newest first</caption>
          <thead className="border-b border-slate-200 text-slate-600">
            <tr>
              <th className="p-2 font-medium">Question</th>
              <th className="p-2 font-medium">Course</th>
              <th className="p-2 font-medium">Marks</th>
              <th className="p-2 font-medium">Answered</th>
            </tr>
          </thead>
          <tbody>
            {attempts.map((a) => (
              <tr key={a.id} className="border-b border-slate-100">
                <td className="p-2 font-mono text-xs">{a.questionKey}</td>
                <td className="p-2">{a.courseName}</td>
                <td className="p-2">{a.status === "MARKED" ? `${a.marksAwarded} / ${a.maxMarks}` : "Awaiting marking"}</td>
                <td className="p-2">{formatDateTime(a.createdAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
