import type { CachePolicy } from "@/lib/cache/cache-aside";
import { READ_YOUR_WRITES_WINDOW_MS } from "@/lib/db/read-your-writes";

// A class's analytics are shared by its teachers: the key carries the class id, and every write of a
// member that changes their results drops it (dropClassesOfStudent), as do joins, leaves and removals.
export const classAnalyticsCachePolicy: CachePolicy = { cache: "class-analytics", ttlSeconds: 10 * 60 };
// The version segment changes with the payload's shape.
export const classAnalyticsKey = (classId: string) => `class-analytics:v1:${classId}`;

// The last analytics computed for each class, kept a day and never invalidated: served (marked stale)
// only when the database cannot be reached, as the student dashboard does.
export const LAST_GOOD_CLASS_ANALYTICS_TTL_SECONDS = 24 * 60 * 60;
export const lastGoodClassAnalyticsKey = (classId: string) => `class-analytics:last-good:v1:${classId}`;

// Read-your-writes for a class: after a member's write the class's next computation reads the primary,
// for the same window as a student's own reads (the teacher must not see the class before the write).
export const CLASS_RECENT_WRITE_WINDOW_MS = READ_YOUR_WRITES_WINDOW_MS;
export const classRecentWriteKey = (classId: string) => `ryw:class:${classId}`;
