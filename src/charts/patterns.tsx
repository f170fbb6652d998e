/**
 * Fills of chart series: a colour and a texture each (solid, stripes, dots, cross-hatch, bars), so
 * that colour is never the only thing telling two series apart. Colours have at least 3:1 contrast
 * with white (WCAG 2.1 non-text contrast).
 */
export const SERIES_COLOURS = ['#0b5cad', '#b35900', '#2f7d32', '#6a3d9a', '#52606d', '#a3334f'] as const;

/** The fill of series `i` (a pattern id, or a plain colour for the first series). */
export function seriesFill(prefix: string, i: number): string {
  return i === 0 ? SERIES_COLOURS[0] : `url(#${prefix}-${i})`;
}

/** SVG pattern definitions for series 1..5, to place inside the chart's <defs>. */
export function SeriesPatterns({ prefix }: { prefix: string }) {
  const textures = [
    null,
    <path d="M0 8 L8 0" stroke="#fff" strokeWidth="2" />,
    <circle cx="4" cy="4" r="1.6" fill="#fff" />,
    <path d="M0 0 L8 8 M0 8 L8 0" stroke="#fff" strokeWidth="1.2" />,
    <path d="M0 4 H8" stroke="#fff" strokeWidth="2" />,
    <path d="M4 0 V8" stroke="#fff" strokeWidth="2" />,
  ];
  return (
    <defs>
      {textures.map((texture, i) =>
        i === 0 ? null : (
          <pattern key={i} id={`${prefix}-${i}`} width="8" height="8" patternUnits="userSpaceOnUse">
            <rect width="8" height="8" fill={SERIES_COLOURS[i]} />
            {texture}
          </pattern>
        ),
      )}
    </defs>
  );
}
