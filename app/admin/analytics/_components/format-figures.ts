const counts = new Intl.NumberFormat("en-GB");

export const formatCount = (n: number) => counts.format(n);

/** A share of marks (0–1) as a whole percentage; "—" when nothing was marked. */
export const formatShare = (share: number | null) => (share === null ? "—" : `${Math.round(share * 100)}%`);

/** "2026-11-23" → "23 Nov" (UTC days: no time-zone shift). */
export const formatDay = (day: string) => new Date(`${day}T00:00:00Z`).toLocaleDateString("en-GB", { day: "numeric", month: "short", timeZone: "UTC" });

export const formatMonth = (day: string) => new Date(`${day}T00:00:00Z`).toLocaleDateString("en-GB", { month: "long", year: "numeric", timeZone: "UTC" });
