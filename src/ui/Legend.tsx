/** The map legend beside the map: what fills, lines and marks mean; it folds into a button. */
import { useId, useState } from 'react';
import type { LegendEntry, LegendSymbol } from '../domain/presentation/legend.ts';
import { useT } from '../i18n/useT.ts';
import { HIGHLIGHT_LINE, MARKED_LINE, OVERLAY_LINES, REGION_LINE, SUBREGION_LINE } from '../map/lineStyles.ts';
import { LineSample } from './explore/LineSample.tsx';

const TEST_IDS: Record<string, string> = { 'mark-hatch': 'legend-marked', 'mark-dots': 'legend-dotted' };

function Symbol({ symbol }: { symbol: LegendSymbol }) {
  switch (symbol.kind) {
    case 'fills':
      return (
        <span className="swatches" aria-hidden="true">
          {symbol.colours.map((c) => (
            <span key={c} className="swatch" style={{ background: c }} />
          ))}
        </span>
      );
    case 'line':
      if (symbol.line === 'municipality') return <span className="line-sample municipality" aria-hidden="true" />;
      return <LineSample style={symbol.line === 'region' ? REGION_LINE : symbol.line === 'highlight' ? HIGHLIGHT_LINE : SUBREGION_LINE} />;
    case 'overlay':
      return <LineSample style={OVERLAY_LINES[symbol.slot]} />;
    case 'mark':
      return <span className={`swatch ${symbol.mark === 'hatch' ? 'hatch' : 'dots'}`} style={{ borderColor: MARKED_LINE.colour }} aria-hidden="true" />;
    case 'blank':
      return <span className="swatch" style={{ background: symbol.colour, outline: '1px solid #555' }} aria-hidden="true" />;
  }
}

/** The legend rows of the legend model; the fold button hides them (the map keeps its space either way). */
export function Legend({ entries }: { entries: readonly LegendEntry[] }) {
  const { t } = useT();
  const id = useId();
  const [open, setOpen] = useState(true);
  return (
    <section className={open ? 'legend' : 'legend folded'} aria-labelledby={`${id}-title`} data-testid="legend">
      <div className="legend-head">
        <h2 id={`${id}-title`} className="small">
          {t('legend')}
        </h2>
        <button type="button" className="small-button" aria-expanded={open} aria-controls={`${id}-list`} onClick={() => setOpen(!open)} data-testid="legend-fold">
          {open ? t('legendFold') : t('legendUnfold')}
        </button>
      </div>
      {open && (
        <ul id={`${id}-list`}>
          {entries.map((e) => (
            <li key={e.id} data-testid={TEST_IDS[e.id] ?? (e.symbol.kind === 'overlay' ? 'legend-overlay' : undefined)}>
              <Symbol symbol={e.symbol} />
              <span>{e.text}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
