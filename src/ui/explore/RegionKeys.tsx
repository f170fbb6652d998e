/**
 * Keyboard region mode (as on the Dutch COVID-19 dashboard): every region of the map as a focusable
 * button with its name, member count and population; arrow keys, Home and End move between them,
 * Enter selects the region (through the store's selection, which the map highlights and zooms to).
 * The text summary of the map is always there for screen readers, and shown in this mode.
 */
import { useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { LayerView } from '../../domain/layerView.ts';
import { mapSummary, regionKeys } from '../../domain/presentation/mapSummary.ts';
import { mapSummaryText, spokenPopulation } from './mapSummaryText.ts';
import { selectMunicipality } from '../../state/actions.ts';
import { useStore } from '../../state/store.ts';
import { useT } from '../../i18n/useT.ts';
import { PopulationYearNote } from '../PopulationYearNote.tsx';

const MOVES: Record<string, (i: number, n: number) => number> = {
  ArrowDown: (i, n) => Math.min(n - 1, i + 1),
  ArrowRight: (i, n) => Math.min(n - 1, i + 1),
  ArrowUp: (i) => Math.max(0, i - 1),
  ArrowLeft: (i) => Math.max(0, i - 1),
  Home: () => 0,
  End: (_, n) => n - 1,
};

/** The mode's switch, the summary and (when on) the region buttons. */
export function RegionKeys({ view }: { view: LayerView }) {
  const { t, lang } = useT();
  const id = useId();
  const [on, setOn] = useState(false);
  const selected = useStore((s) => s.selected);
  const keys = useMemo(() => regionKeys(view), [view]);
  const summary = useMemo(() => mapSummary(view), [view]);
  const list = useRef<HTMLUListElement>(null);
  const current = selected ? view.regionOf.get(selected) : undefined;

  const onKey = (e: KeyboardEvent<HTMLButtonElement>, index: number) => {
    const move = MOVES[e.key];
    if (!move) return;
    e.preventDefault();
    list.current?.querySelectorAll('button')[move(index, keys.length)]?.focus();
  };
  return (
    <section className={on ? 'region-keys open' : 'region-keys'} aria-labelledby={`${id}-title`} data-testid="region-keys">
      <h2 id={`${id}-title`} className="visually-hidden">
        {t('regionKeysTitle')}
      </h2>
      <p className={on ? 'map-summary small' : 'map-summary visually-hidden'} data-testid="map-summary">
        {mapSummaryText(summary, view.layer.label[lang], lang)}
      </p>
      <button type="button" aria-expanded={on} aria-controls={`${id}-list`} onClick={() => setOn(!on)} data-testid="region-keys-toggle">
        {on ? t('regionKeysOff') : t('regionKeysOn')}
      </button>
      {on && (
        <>
          <p className="small muted">{t('regionKeysHint')}</p>
          <PopulationYearNote view={view} />
          <ul ref={list} id={`${id}-list`} className="plain region-key-list" aria-label={t('regionKeysList', { n: keys.length })}>
            {keys.map((k, i) => (
              <li key={k.regionId}>
                <button
                  type="button"
                  aria-current={k.regionId === current ? 'true' : undefined}
                  onKeyDown={(e) => onKey(e, i)}
                  onClick={() => selectMunicipality(k.firstMember)}
                  data-region={k.regionId}
                >
                  <strong>{k.name}</strong>
                  <span>
                    {t('municipalityCount', { n: k.municipalities })}, {k.population === null ? t('populationUnknown') : `${spokenPopulation(k.population, lang)} ${t('regionKeysPeople')}`}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
