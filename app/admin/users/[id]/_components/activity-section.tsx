import type { AdminUserActivity } from "@/lib/admin/users/get-user-activity";
import { formatDateTime, formatOptionalDateTime } from "../../_components/format-date";
import { DataTable } from "@/app/_components/ui/data-table";
import { cardClass } from "@/app/_components/ui/card";

export function ActivitySection({ activity }: { activity: AdminUserActivity }) {
  const { attempts, reviews } = activity;
  return (
    <section aria-labelledby="activity-heading" className={cardClass("p-4")}>
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
        <DataTable
          caption="Latest answers, newest first"
          headers={["Question", "Course", "Marks", "Answered"]}
          columnClasses={{ 0: "font-mono text-xs" }}
          rowKeys={attempts.map((a) => a.id)}
          rows={attempts.map((a) => [
            a.questionKey,
            a.courseName,
            a.status === "MARKED" ? `${a.marksAwarded} / ${a.maxMarks}` : "Awaiting marking",
            formatDateTime(a.createdAt),
          ])}
        />
      )}
    </section>
  );
}
