"use client";

import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

import type { TrendPoint } from "./accuracy-trend";

/** The weekly share of marks as a line; weeks without answers are gaps, not zeros. */
export default function AccuracyTrendChart({ points, height }: { points: TrendPoint[]; height: number }) {
  return (
    <ResponsiveContainer width="100%" height={height}>
      {/* The table beside the chart is its accessible form; the chart itself takes no focus. */}
      <LineChart data={points} margin={{ top: 8, right: 8, bottom: 0, left: -16 }} accessibilityLayer={false}>
        <CartesianGrid stroke="#e2e8f0" vertical={false} />
        <XAxis dataKey="label" tick={{ fontSize: 11, fill: "#475569" }} interval="preserveStartEnd" tickLine={false} />
        <YAxis
          domain={[0, 100]}
          ticks={[0, 50, 100]}
          tickFormatter={(v: number) => `${v}%`}
          tick={{ fontSize: 11, fill: "#475569" }}
          tickLine={false}
          axisLine={false}
        />
        <Tooltip formatter={(value) => [`${value}%`, "Marks"]} />
        <Line type="linear" dataKey="percent" stroke="#1f5fd6" strokeWidth={2} dot={{ r: 3 }} connectNulls={false} isAnimationActive={false} />
      </LineChart>
    </ResponsiveContainer>
  );
}
