"use client";

import dynamic from "next/dynamic";

export type MultiSeriesPoint = { label: string } & Record<string, number | string | null>;
export type SeriesLine = { key: string; name: string; color: string };
export type SeriesUnit = "ms" | "percent" | "count";

const CHART_HEIGHT = 180;

// recharts is heavy: as on the analytics page, its own chunk, loaded after the page is interactive and
// never rendered on the server, with a placeholder of the chart's height.
const Chart = dynamic(() => import("./multi-series-chart"), {
  ssr: false,
  loading: () => <div style={{ height: CHART_HEIGHT }} className="animate-pulse rounded bg-slate-100" />,
});

/** A small chart of several series over the same minutes. Decorative: a table beside it has the numbers. */
export function MultiSeries({ points, series, kind, unit }: { points: MultiSeriesPoint[]; series: SeriesLine[]; kind: "line" | "bar"; unit: SeriesUnit }) {
  return (
    <div aria-hidden="true" style={{ height: CHART_HEIGHT }} className="min-w-0">
      <Chart points={points} series={series} kind={kind} unit={unit} height={CHART_HEIGHT} />
    </div>
  );
}
