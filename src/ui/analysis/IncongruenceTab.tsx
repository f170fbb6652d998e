/**
 * Incongruence mode: the divisions compared, every municipality of that geometry year classified
 * (same partners, nested, crossing, not placed, in two regions at once) with one sentence each in
 * the interface language, its CSV export, and the marks on the map (crossing hatched, nested dotted).
 */
import { useEffect, useId } from 'react';
import { domains, layers } from '../../data/repository.ts';
import type { GmCode } from '../../domain/types.ts';
import { comparableLayers, comparableYears, incongruenceView } from '../../domain/viewModels/incongruenceList.ts';
import { useT } from '../../i18n/useT.ts';
import { selectLayer, setDotted, setMarked } from '../../state/actions.ts';
import { setAnalysis } from '../../state/analysisActions.ts';
import { membershipsOf, yearContext } from '../../state/analysisData.ts';
import { useLoaded } from '../../state/useLoad.ts';
import { IncongruenceResults } from './IncongruenceResults.tsx';
import { LoadState } from './LoadState.tsx';

interface Props {
  compare: string[];
  selected: GmCode | null;
  /** Geometry year of the layer on the map: marks are drawn only on that year's boundaries. */
  mapYear: number;
}

const YEARS = comparableYears(layers);

/** The two (or more) divisions a year offers first: its inventory rounds when it has two, else its first divisions. */
function defaultPair(year: number): string[] {
  const pool = comparableLayers(layers, year);
  const inventories = pool.filter((l) => l.kind === 'inventory');
  return (inventories.length >= 2 ? inventories : pool).slice(0, 2).map((l) => l.id);
}

/** The chooser of divisions and the classification. */
export function IncongruenceTab({ compare, selected, mapYear }: Props) {
  const { t, lang } = useT();
  const yearId = useId();
  const year = layers.find((l) => l.id === compare[0])?.geometryYear ?? YEARS[0];
  const choices = comparableLayers(layers, year);
  const chosen = choices.filter((l) => compare.includes(l.id));
  const key = chosen.length >= 2 ? chosen.map((l) => l.id).join(',') : null;
  const loaded = useLoaded(key, async () => {
    const [lists, context] = await Promise.all([membershipsOf(chosen.map((l) => l.id)), yearContext(year)]);
    const compared = chosen.map((l) => ({ layer: l, memberships: lists.get(l.id)! }));
    return { view: incongruenceView(compared, domains, context.population, context.names), compared, names: context.names };
  });
  const onMap = year === mapYear;
  const view = loaded.state === 'ready' && key !== null ? loaded.value.view : null;
  useEffect(() => {
    setMarked(onMap && view ? view.crossingCodes : [], 'inc.legendCrossing');
    setDotted(onMap && view ? view.nestedCodes : [], 'inc.legendNested');
  }, [view, onMap]);
  useEffect(
    () => () => {
      setMarked([]);
      setDotted([]);
    },
    [],
  );

  const changeYear = (y: number) => {
    const next = defaultPair(y);
    setAnalysis({ compare: next });
    // The marks belong on that year's boundaries: the map follows the year chosen here.
    if (y !== mapYear && next.length) selectLayer(next[0]);
  };
  const toggle = (id: string, on: boolean) => {
    const next = on ? [...compare, id] : compare.filter((c) => c !== id);
    if (next.length >= 2) setAnalysis({ compare: choices.map((l) => l.id).filter((c) => next.includes(c)) });
  };
  return (
    <div className="incongruence-tab">
      <p className="intro" data-testid="inc-criterion">
        {t('inc.criterion')}
      </p>
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
          const on = chosen.includes(l);
          return (
            <label key={l.id}>
              <input type="checkbox" data-testid={`inc-layer-${l.id}`} checked={on} disabled={on && chosen.length <= 2} onChange={(e) => toggle(l.id, e.target.checked)} />{' '}
              {l.label[lang]}
            </label>
          );
        })}
        {chosen.length === 2 && (
          <p className="small muted" data-testid="inc-keep-two">
            {t('inc.keepTwo')}
          </p>
        )}
      </fieldset>
      {key === null ? (
        <p role="alert" className="notice" data-testid="inc-need-two">
          {choices.length < 2 ? t('inc.noLayersForYear', { year }) : t('inc.needTwo', { year })}
        </p>
      ) : (
        <>
          {!onMap && (
            <p className="notice" data-testid="inc-other-year">
              {t('inc.otherYear', { year, mapYear })}{' '}
              <button type="button" data-testid="inc-show-on-map" onClick={() => selectLayer(chosen[0].id)}>
                {t('inc.showOnMap', { layer: chosen[0].label[lang] })}
              </button>
            </p>
          )}
          <LoadState loaded={loaded}>
            {({ view, compared, names }) => <IncongruenceResults view={view} compared={compared} names={names} selected={selected} onMap={onMap} />}
          </LoadState>
        </>
      )}
    </div>
  );
}
