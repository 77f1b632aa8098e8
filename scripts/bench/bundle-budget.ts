// `npx tsx scripts/bench/bundle-budget.ts [distDir]` (default .next): fails (exit 1) when a student route
// loads more than 155 kB of gzipped JavaScript on first load, or when there is no build to check.
// Meant to run right after `next build` in scripts/test.sh.
import { bundleTable, firstLoadReport, kB, STUDENT_ROUTE_BUDGET_KB } from "./bundle-report";

function main(distDir: string): number {
  const routes = firstLoadReport(distDir);
  const student = routes.filter((r) => r.student);
  if (!student.length) {
    console.error(`[bundle-budget] no student routes found in ${distDir}: the route list in scripts/bench/bundle-report.ts is out of date`);
    return 1;
  }
  const over = student.filter((r) => r.gzipBytes > STUDENT_ROUTE_BUDGET_KB * 1000);
  if (over.length) {
    console.error(bundleTable(student));
    for (const r of over)
      console.error(`[bundle-budget] ${r.route}: ${kB(r.gzipBytes)} of first-load JS (gzip), over the ${STUDENT_ROUTE_BUDGET_KB} kB budget`);
    console.error("[bundle-budget] load heavy client code with next/dynamic, or keep it in server components");
    return 1;
  }
  const largest = student[0]!;
  console.log(
    `[bundle-budget] ${student.length} student routes within ${STUDENT_ROUTE_BUDGET_KB} kB gzip (largest ${largest.route}: ${kB(largest.gzipBytes)})`,
  );
  return 0;
}

try {
  process.exitCode = main(process.argv[2] ?? ".next");
} catch (err) {
  console.error(`[bundle-budget] ${(err as Error).message}`);
  process.exitCode = 1;
}
