import type { GeneratedFileKind } from "@/generated/prisma/client";

/** How a file kind is named to people, in emails and on the settings page. */
export const fileLabel: Record<GeneratedFileKind, string> = {
  PROGRESS_REPORT: "progress report",
  DATA_EXPORT: "data export",
};
