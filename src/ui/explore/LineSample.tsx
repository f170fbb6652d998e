/** A short sample of a map line style for legends and layer switches (hidden from screen readers). */
import { svgDash, type LineStyle } from '../../map/lineStyles.ts';

/** Draws the line style 32 pixels long. */
export function LineSample({ style }: { style: LineStyle }) {
  const height = Math.max(8, Math.ceil(style.width) + 4);
  return (
    <svg className="line-svg" width="32" height={height} aria-hidden="true" focusable="false">
      <line x1="1" x2="31" y1={height / 2} y2={height / 2} stroke={style.colour} strokeWidth={style.width} strokeDasharray={svgDash(style)} />
    </svg>
  );
}
