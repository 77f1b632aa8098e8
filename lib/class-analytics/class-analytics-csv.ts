import { csvText } from "@/lib/csv/csv-text";
import type { ClassAnalytics } from "@/lib/class-analytics/class-analytics-types";

/**
 * The class's analytics as a spreadsheet: one row per student (name, email, last active, inactive,
 * predicted grade), then the heat map, one column per syllabus topic with mastery as a whole percentage
 * (empty when the student has not practised it).
 */
export function classAnalyticsCsv(analytics: ClassAnalytics): { fileName: string; csv: string } {
  const header = ["student", "email", "last active", "inactive 7+ days", "predicted grade", ...analytics.topics.map((t) => `${t.code} ${t.title}`)];
  const rows = analytics.members.map((m, i) => [
    m.name ?? "",
    m.email,
    m.lastActiveAt?.slice(0, 10) ?? "never",
    m.inactive ? "yes" : "no",
    m.predictedGrade === null ? "not enough data" : String(m.predictedGrade),
    ...(analytics.heatMap[i] ?? []).map((mastery) => (mastery === null ? "" : String(Math.round(mastery * 100)))),
  ]);
  const base =
    analytics.className
      .replace(/[^A-Za-z0-9._-]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 60) || "class";
  return { fileName: `${base}-analytics-${analytics.generatedAt.slice(0, 10)}.csv`, csv: csvText([header, ...rows]) };
}
