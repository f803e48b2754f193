"use client";

import { Bar, BarChart, CartesianGrid, Cell, Legend, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { formatValue, type Display } from "@/lib/format";

export const SERIES_COLOURS = ["#4f46e5", "#0891b2", "#c2410c", "#15803d", "#9333ea", "#be123c"];

type Point = { label: string; value: number | null };

/**
 * The one wrapper around Recharts: colours, number formats and an accessible name live here.
 * Each chart also carries a visually hidden table of its numbers for screen readers.
 */
function ChartFrame({
  title,
  points,
  display,
  height,
  children,
}: {
  title: string;
  points: Point[];
  display: Display;
  height: number;
  children: React.ReactElement;
}) {
  return (
    <figure aria-label={title} className="w-full">
      <div role="img" aria-label={`${title}: chart`} style={{ height }}>
        <ResponsiveContainer width="100%" height="100%">
          {children}
        </ResponsiveContainer>
      </div>
      <table className="sr-only">
        <caption>{title}</caption>
        <tbody>
          {points.map((p) => (
            <tr key={p.label}>
              <th scope="row">{p.label}</th>
              <td>{formatValue(p.value, display)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}

export function TrendChart({
  title,
  points,
  display,
  reference,
  height = 240,
}: {
  title: string;
  points: Point[];
  display: Display;
  reference?: { value: number; label: string } | null;
  height?: number;
}) {
  return (
    <ChartFrame title={title} points={points} display={display} height={height}>
      <LineChart data={points} margin={{ top: 8, right: 16, bottom: 0, left: 8 }}>
        <CartesianGrid stroke="#e2e8f0" vertical={false} />
        <XAxis dataKey="label" tick={{ fontSize: 12 }} minTickGap={24} />
        <YAxis tick={{ fontSize: 12 }} width={72} tickFormatter={(v: number) => formatValue(v, display, true)} />
        <Tooltip formatter={(v) => formatValue(Number(v), display)} />
        {reference && (
          <ReferenceLine
            y={reference.value}
            stroke="#b91c1c"
            strokeDasharray="4 4"
            label={{ value: reference.label, position: "insideTopRight", fontSize: 12, fill: "#b91c1c" }}
          />
        )}
        <Line
          type="monotone"
          dataKey="value"
          name={title}
          stroke={SERIES_COLOURS[0]}
          strokeWidth={2}
          dot={points.length < 40}
          connectNulls={false}
          isAnimationActive={false}
        />
      </LineChart>
    </ChartFrame>
  );
}

export function Sparkline({ points, title }: { points: Point[]; title: string }) {
  return (
    <div role="img" aria-label={`${title} trend`} className="h-10 w-full">
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={points}>
          <Line type="monotone" dataKey="value" stroke={SERIES_COLOURS[0]} strokeWidth={1.5} dot={false} isAnimationActive={false} />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}

export function BarChartBasic({
  title,
  points,
  display,
  height = 260,
  highlight,
}: {
  title: string;
  points: Point[];
  display: Display;
  height?: number;
  highlight?: (p: Point) => boolean;
}) {
  return (
    <ChartFrame title={title} points={points} display={display} height={height}>
      <BarChart data={points} margin={{ top: 24, right: 16, bottom: 0, left: 8 }}>
        <CartesianGrid stroke="#e2e8f0" vertical={false} />
        <XAxis dataKey="label" tick={{ fontSize: 12 }} interval={0} />
        <YAxis tick={{ fontSize: 12 }} width={72} tickFormatter={(v: number) => formatValue(v, display, true)} />
        <Tooltip formatter={(v) => formatValue(Number(v), display)} />
        <Bar
          dataKey="value"
          name={title}
          isAnimationActive={false}
          label={{ position: "top", fontSize: 12, formatter: (v: unknown) => formatValue(Number(v), display, true) }}
        >
          {points.map((p, i) => (
            <Cell key={p.label} fill={highlight?.(p) ? "#b91c1c" : SERIES_COLOURS[i % SERIES_COLOURS.length]} />
          ))}
        </Bar>
      </BarChart>
    </ChartFrame>
  );
}

type Series = { name: string; points: Point[] };

/** Several series over the same buckets (one line per team); each line also has its own dash. */
export function MultiLineChart({ title, series, display, height = 260 }: { title: string; series: Series[]; display: Display; height?: number }) {
  const labels = series[0]?.points.map((p) => p.label) ?? [];
  const data = labels.map((label, i) => Object.fromEntries([["label", label], ...series.map((s) => [s.name, s.points[i]?.value ?? null])]));
  const DASHES = ["", "6 3", "2 2", "8 3 2 3", "4 4", "1 3"];
  return (
    <figure aria-label={title} className="w-full">
      <div role="img" aria-label={`${title}: chart`} style={{ height }}>
        <ResponsiveContainer width="100%" height="100%">
          <LineChart data={data} margin={{ top: 8, right: 16, bottom: 0, left: 8 }}>
            <CartesianGrid stroke="#e2e8f0" vertical={false} />
            <XAxis dataKey="label" tick={{ fontSize: 12 }} minTickGap={24} />
            <YAxis tick={{ fontSize: 12 }} width={72} tickFormatter={(v: number) => formatValue(v, display, true)} />
            <Tooltip formatter={(v) => formatValue(Number(v), display)} />
            <Legend wrapperStyle={{ fontSize: 12 }} />
            {series.map((s, i) => (
              <Line
                key={s.name}
                type="monotone"
                dataKey={s.name}
                stroke={SERIES_COLOURS[i % SERIES_COLOURS.length]}
                strokeDasharray={DASHES[i % DASHES.length]}
                strokeWidth={2}
                dot={labels.length < 30}
                connectNulls={false}
                isAnimationActive={false}
              />
            ))}
          </LineChart>
        </ResponsiveContainer>
      </div>
      <table className="sr-only">
        <caption>{title}</caption>
        <thead>
          <tr>
            <th scope="col">Period</th>
            {series.map((s) => (
              <th key={s.name} scope="col">
                {s.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {labels.map((label, i) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              {series.map((s) => (
                <td key={s.name}>{formatValue(s.points[i]?.value ?? null, display)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
