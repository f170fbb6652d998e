/**
 * Incongruence mode: the divisions compared, the ranked list of municipalities whose partners differ
 * (one sentence each, in the interface language), its CSV export, and the hatching on the map.
 */
import { useEffect, useId, useMemo, useRef } from 'react';
import { domains, layers } from '../../data/repository.ts';
import type { GmCode } from '../../domain/types.ts';
import { comparableLayers, incongruenceCsvColumns, incongruenceList, partnerDifferences, sentenceLabels, type ComparedLayer } from '../../domain/viewModels/incongruenceList.ts';
import { formatNumber } from '../../i18n/messages.ts';
import { useT } from '../../i18n/useT.ts';
import { selectMunicipality, setMarked } from '../../state/actions.ts';
import { setAnalysis } from '../../state/analysisActions.ts';
import { analysableLayers } from '../../state/analysis.ts';
import { membershipsOf, yearContext, useLoaded } from '../../state/analysisData.ts';
import { CsvButtons } from './CsvButtons.tsx';
import { LoadState } from './LoadState.tsx';

interface Props {
  compare: string[];
  selected: GmCode | null;
  /** Geometry year of the layer on the map: marks are drawn only on that year's boundaries. */
  mapYear: number;
}

const YEARS = [...new Set(analysableLayers(layers).map((l) => l.geometryYear))].sort();

/** The chooser of divisions and the ranked list. */
export function IncongruenceTab({ compare, selected, mapYear }: Props) {
  const { t, lang } = useT();
  const yearId = useId();
  const year = layers.find((l) => l.id === compare[0])!.geometryYear;
  const choices = comparableLayers(layers, year);
  const chosen = choices.filter((l) => compare.includes(l.id));
  const key = chosen.length >= 2 ? chosen.map((l) => l.id).join(',') : null;
  const loaded = useLoaded(key, async () => {
    const [lists, context] = await Promise.all([membershipsOf(chosen.map((l) => l.id)), yearContext(year)]);
    const compared = chosen.map((l) => ({ layer: l, memberships: lists.get(l.id)! }));
    const list = incongruenceList(compared, domains, context.population, context.names);
    return { list: list.map((m, i) => ({ ...m, rank: i + 1 })), compared, names: context.names };
  });
  const codes = useMemo(() => (loaded.state === 'ready' ? loaded.value.list.map((m) => m.code) : []), [loaded]);
  useEffect(() => {
    setMarked(year === mapYear ? codes : []);
  }, [codes, year, mapYear]);
  useEffect(() => () => setMarked([]), []);

  const changeYear = (y: number) => {
    const pool = comparableLayers(layers, y);
    const inventories = pool.filter((l) => l.kind === 'inventory');
    setAnalysis({ compare: (inventories.length >= 2 ? inventories : pool).slice(0, 2).map((l) => l.id) });
  };
  const toggle = (id: string, on: boolean) => {
    const next = on ? [...compare, id] : compare.filter((c) => c !== id);
    if (next.length >= 2) setAnalysis({ compare: choices.map((l) => l.id).filter((c) => next.includes(c)) });
  };
  return (
    <div className="incongruence-tab">
      <p className="intro">{t('inc.intro')}</p>
      <div className="field">
        <label htmlFor={yearId}>{t('inc.year')}</label>
        <select id={yearId} data-testid="inc-year" value={year} onChange={(e) => changeYear(Number(e.target.value))}>
          {YEARS.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      </div>
      <fieldset className="layer-choice">
        <legend>{t('inc.layers')}</legend>
        {choices.map((l) => {
          const on = compare.includes(l.id);
          return (
            <label key={l.id}>
              <input type="checkbox" data-testid={`inc-layer-${l.id}`} checked={on} disabled={on && compare.length <= 2} onChange={(e) => toggle(l.id, e.target.checked)} />{' '}
              {l.label[lang]}
            </label>
          );
        })}
        {compare.length <= 2 && <p className="small muted">{t('inc.needTwo')}</p>}
      </fieldset>
      <LoadState loaded={loaded}>
        {({ list, compared, names }) => (
          <>
            <p role="status" data-testid="inc-count">
              {list.length ? t('inc.count', { n: list.length }) : t('inc.none')}{' '}
              {list.length > 0 && (year === mapYear ? t('inc.marked') : t('inc.otherYear', { year }))}
            </p>
            <CsvButtons tableId="incongruence" title={t('inc.listTitle')} columns={incongruenceCsvColumns(chosen, lang)} rows={list} />
            <IncongruenceList list={list} selected={selected} compared={compared} names={names} />
            <p className="source-line">{t('analysis.source', { source: t('inc.source') })}</p>
          </>
        )}
      </LoadState>
    </div>
  );
}

type Listed = ReturnType<typeof incongruenceList>[number] & { rank: number };

function IncongruenceList({ list, selected, compared, names }: { list: Listed[]; selected: GmCode | null; compared: ComparedLayer[]; names: ReadonlyMap<GmCode, string> }) {
  const { t, lang } = useT();
  const pairs = (compared.length * (compared.length - 1)) / 2;
  const box = useRef<HTMLOListElement>(null);
  useEffect(() => {
    const item = selected ? box.current?.querySelector<HTMLElement>(`[data-code="${selected}"]`) : null;
    if (box.current && item) box.current.scrollTop = Math.max(0, item.offsetTop - box.current.offsetTop - box.current.clientHeight / 2);
  }, [selected, list]);
  return (
    <ol className="incongruence-list" ref={box} aria-label={t('inc.listTitle')} data-testid="inc-list">
      {list.map((m) => (
        <li key={m.code} data-code={m.code} aria-current={m.code === selected ? 'true' : undefined}>
          <button type="button" className="link" onClick={() => selectMunicipality(m.code)}>
            {m.code === selected && <span aria-hidden="true">▶ </span>}
            {m.explanation[lang]}
          </button>
          <span className="small muted">
            {' '}
            · {t('inc.details', { pairs: m.movedBetween.length, total: pairs, distance: formatNumber(lang, Math.round(m.meanJaccardDistance * 100) / 100) })}
          </span>
          {m.code === selected && <PartnerDetails compared={compared} municipality={m} names={names} />}
        </li>
      ))}
    </ol>
  );
}

/** The partners only one layer of a pair gives the selected municipality, per pair it moved between. */
function PartnerDetails({ compared, municipality, names }: { compared: ComparedLayer[]; municipality: Listed; names: ReadonlyMap<GmCode, string> }) {
  const { t, lang } = useT();
  const labels = sentenceLabels(compared.map((c) => c.layer), domains);
  const list = (xs: string[]) => (xs.length ? xs.join(', ') : t('inc.nobody'));
  return (
    <ul className="partner-details small" data-testid="inc-partners">
      {partnerDifferences(compared, municipality, names).map((d) => (
        <li key={`${d.layerA}|${d.layerB}`}>
          {t('inc.onlyIn', { layer: labels.get(d.layerA)![lang], names: list(d.onlyInA) })}; {t('inc.onlyIn', { layer: labels.get(d.layerB)![lang], names: list(d.onlyInB) })}
        </li>
      ))}
    </ul>
  );
}
