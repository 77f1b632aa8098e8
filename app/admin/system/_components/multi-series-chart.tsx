"use client";

import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

import type { MultiSeriesPoint, SeriesLine, SeriesUnit } from "./multi-series";

const axisTick = { fontSize: 11, fill: "#475569" };
const margin = { top: 8, right: 8, bottom: 0, left: -8 };

const formatValue = (value: unknown, unit: SeriesUnit) => {
  const n = Number(value);
  if (unit === "percent") return `${Math.round(n * 100)}%`;
  if (unit === "ms") return n >= 1_000 ? `${(n / 1_000).toFixed(1)} s` : `${Math.round(n)} ms`;
  return n.toLocaleString("en-GB");
};

export default function MultiSeriesChart({
  points,
  series,
  kind,
  unit,
  height,
}: {
  points: MultiSeriesPoint[];
  series: SeriesLine[];
  kind: "line" | "bar";
  unit: SeriesUnit;
  height: number;
}) {
  const tooltip = (value: unknown, name: unknown) => [formatValue(value, unit), String(name)] as [string, string];
  const yAxis = (
    <YAxis
      tick={axisTick}
      tickLine={false}
      axisLine={false}
      width={52}
      tickFormatter={(v: number) => formatValue(v, unit)}
      domain={unit === "percent" ? [0, 1] : [0, "auto"]}
    />
  );
  const xAxis = <XAxis dataKey="label" tick={axisTick} interval="preserveStartEnd" tickLine={false} minTickGap={24} />;
  return (
    <ResponsiveContainer width="100%" height={height}>
      {kind === "bar" ? (
        <BarChart data={points} margin={margin} accessibilityLayer={false}>
          <CartesianGrid stroke="#e2e8f0" vertical={false} />
          {xAxis}
          {yAxis}
          <Tooltip formatter={tooltip} />
          {series.length > 1 && <Legend wrapperStyle={{ fontSize: 11 }} />}
          {series.map((s) => (
            <Bar key={s.key} dataKey={s.key} name={s.name} fill={s.color} isAnimationActive={false} />
          ))}
        </BarChart>
      ) : (
        <LineChart data={points} margin={margin} accessibilityLayer={false}>
          <CartesianGrid stroke="#e2e8f0" vertical={false} />
          {xAxis}
          {yAxis}
          <Tooltip formatter={tooltip} />
          {series.length > 1 && <Legend wrapperStyle={{ fontSize: 11 }} />}
          {series.map((s) => (
            <Line
              key={s.key}
              type="monotone"
              dataKey={s.key}
              name={s.name}
              stroke={s.color}
              strokeWidth={2}
              dot={false}
              connectNulls={false}
              isAnimationActive={false}
            />
          ))}
        </LineChart>
      )}
    </ResponsiveContainer>
  );
}
