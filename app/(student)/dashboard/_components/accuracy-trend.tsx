"use client";

import dynamic from "next/dynamic";

export type TrendPoint = { label: string; percent: number | null };

const CHART_HEIGHT = 160;

// recharts is the heaviest code on the dashboard: its own chunk, fetched after the page is interactive,
// never rendered on the server. The placeholder has the chart's height so nothing moves when it arrives.
const Chart = dynamic(() => import("./accuracy-trend-chart"), {
  ssr: false,
  loading: () => <div style={{ height: CHART_HEIGHT }} className="animate-pulse rounded bg-slate-100" />,
});

export function AccuracyTrend({ points }: { points: TrendPoint[] }) {
  return (
    <div aria-hidden="true" style={{ height: CHART_HEIGHT }} className="min-w-0">
      <Chart points={points} height={CHART_HEIGHT} />
    </div>
  );
}
