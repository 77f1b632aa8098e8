"use client";

import { Bar, BarChart, CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

import type { SeriesKind, SeriesPoint } from "./time-series";

const axisTick = { fontSize: 11, fill: "#475569" };
const margin = { top: 8, right: 8, bottom: 0, left: -8 };

export default function TimeSeriesChart({ points, kind, name, height }: { points: SeriesPoint[]; kind: SeriesKind; name: string; height: number }) {
  const format = (value: unknown) => [Number(value).toLocaleString("en-GB"), name] as [string, string];
  return (
    <ResponsiveContainer width="100%" height={height}>
      {kind === "bar" ? (
        <BarChart data={points} margin={margin} accessibilityLayer={false}>
          <CartesianGrid stroke="#e2e8f0" vertical={false} />
          <XAxis dataKey="label" tick={axisTick} interval="preserveStartEnd" tickLine={false} minTickGap={24} />
          <YAxis allowDecimals={false} tick={axisTick} tickLine={false} axisLine={false} width={48} />
          <Tooltip formatter={format} />
          <Bar dataKey="value" fill="#1f5fd6" isAnimationActive={false} />
        </BarChart>
      ) : (
        <LineChart data={points} margin={margin} accessibilityLayer={false}>
          <CartesianGrid stroke="#e2e8f0" vertical={false} />
          <XAxis dataKey="label" tick={axisTick} interval="preserveStartEnd" tickLine={false} minTickGap={24} />
          <YAxis allowDecimals={false} tick={axisTick} tickLine={false} axisLine={false} width={48} />
          <Tooltip formatter={format} />
          <Line type="monotone" dataKey="value" stroke="#1f5fd6" strokeWidth={2} dot={false} isAnimationActive={false} />
        </LineChart>
      )}
    </ResponsiveContainer>
  );
}
