/**
 * A horizontal bar chart (Recharts) of rows with one or more series, stacked or grouped. Bars can be
 * clicked to select their row; the highlighted row gets a heavy outline and a ▶ before its label, so
 * that the selection is not shown by colour alone. Loaded lazily: Recharts is not in the initial JS.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { Bar, BarChart, CartesianGrid, LabelList, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis, type BarShapeProps } from 'recharts';
import { seriesFill, SeriesPatterns } from './patterns.tsx';

/** A row of the chart: a key, a label and a number per series. */
export interface ChartRow {
  key: string;
  label: string;
  [series: string]: string | number | null;
}

/** A series: the row field it reads and its legend label. */
export interface ChartSeries {
  dataKey: string;
  label: string;
}

/** What the chart shows and how it links to the selection. */
export interface BarChartViewProps {
  rows: readonly ChartRow[];
  series: readonly ChartSeries[];
  stacked?: boolean;
  highlightKey?: string | null;
  onSelect?: (key: string) => void;
  fontSize?: number;
  format: (value: number) => string;
  /** The chart's accessible name. */
  label: string;
  /** Width assumed before the container is measured; the label axis and margins follow the measured width. */
  width?: number;
}

/** The chart. */
export default function BarChartView({ rows, series, stacked = false, highlightKey = null, onSelect, fontSize = 13, format, label, width = 640 }: BarChartViewProps) {
  const prefix = `p${useId().replace(/[^a-zA-Z0-9]/g, '')}`;
  // The label axis and the room for value labels are sized from the chart's real width: a narrow
  // column (presenter mode at 1400 px) would otherwise leave the bars no room at all.
  const box = useRef<HTMLDivElement>(null);
  const [measured, setMeasured] = useState(width);
  useEffect(() => {
    const element = box.current;
    if (!element || typeof ResizeObserver !== 'function') return;
    const observer = new ResizeObserver(([entry]) => {
      const w = Math.round(entry.contentRect.width);
      if (w > 0) setMeasured(w);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  const valueRoom = series.length === 1 ? Math.min(fontSize * 6, Math.round(measured * 0.22)) : 24;
  const band = Math.round(fontSize * (stacked || series.length === 1 ? 1.9 : 1.2 * series.length + 0.8));
  const height = rows.length * band + 70;
  const longest = rows.reduce((m, r) => Math.max(m, r.label.length), 0);
  const axisWidth = Math.min(Math.round(measured * 0.6), Math.round((longest + 2) * fontSize * 0.58));
  const highlightLabel = rows.find((r) => r.key === highlightKey)?.label;
  const shape = (props: BarShapeProps) => {
    const row = props.payload as ChartRow;
    const on = row.key === highlightKey;
    return (
      <rect
        x={props.x}
        y={props.y}
        width={Math.max(0, props.width)}
        height={Math.max(0, props.height)}
        fill={props.fill}
        stroke={on ? '#1f2933' : 'none'}
        strokeWidth={on ? 3 : 0}
        className={on ? 'bar bar-highlight' : 'bar'}
        data-key={row.key}
        style={{ cursor: onSelect ? 'pointer' : undefined }}
      />
    );
  };
  return (
    <div ref={box} className="bar-chart" data-testid="bar-chart" style={{ fontSize }}>
      <ResponsiveContainer width="100%" height={height} initialDimension={{ width, height }}>
      <BarChart
        layout="vertical"
        data={rows as ChartRow[]}
        margin={{ top: 4, right: valueRoom, bottom: 4, left: 4 }}
        barCategoryGap="18%"
        title={label}
        onClick={(state) => {
          const index = Number(state?.activeTooltipIndex ?? state?.activeIndex);
          if (onSelect && Number.isInteger(index) && rows[index]) onSelect(rows[index].key);
        }}
      >
        <SeriesPatterns prefix={prefix} />
        <CartesianGrid horizontal={false} stroke="#cbd2d9" />
        <XAxis type="number" tickFormatter={(v: number) => format(v)} tick={{ fontSize, fill: '#1f2933' }} stroke="#52606d" />
        <YAxis
          type="category"
          dataKey="label"
          width={axisWidth}
          interval={0}
          tick={{ fontSize, fill: '#1f2933' }}
          tickFormatter={(v: string) => (v === highlightLabel ? `▶ ${v}` : v)}
          stroke="#52606d"
        />
        <Tooltip formatter={(v) => (typeof v === 'number' ? format(v) : String(v))} isAnimationActive={false} />
        {series.length > 1 && <Legend wrapperStyle={{ fontSize }} />}
        {series.map((s, i) => (
          <Bar key={s.dataKey} dataKey={s.dataKey} name={s.label} stackId={stacked ? 'stack' : undefined} fill={seriesFill(prefix, i)} isAnimationActive={false} shape={shape}>
            {series.length === 1 && <LabelList dataKey={s.dataKey} position="right" fill="#1f2933" fontSize={fontSize * 0.9} formatter={(v) => (typeof v === 'number' ? format(v) : '')} />}
          </Bar>
        ))}
      </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
