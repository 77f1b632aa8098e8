"use client";

import dynamic from "next/dynamic";

export type SeriesPoint = { label: string; value: number };
export type SeriesKind = "line" | "bar";

const CHART_HEIGHT = 180;

// recharts is heavy: its own chunk, loaded after the page is interactive and never rendered on the
// server. The placeholder keeps the chart's height so nothing moves when it arrives.
const Chart = dynamic(() => import("./time-series-chart"), {
  ssr: false,
  loading: () => <div style={{ height: CHART_HEIGHT }} className="animate-pulse rounded bg-slate-100" />,
});

/** A small chart of a daily or weekly series. Decorative: the table next to it carries the numbers. */
export function TimeSeries({ points, kind, name }: { points: SeriesPoint[]; kind: SeriesKind; name: string }) {
  return (
    <div aria-hidden="true" style={{ height: CHART_HEIGHT }} className="min-w-0">
      <Chart points={points} kind={kind} name={name} height={CHART_HEIGHT} />
    </div>
  );
}
