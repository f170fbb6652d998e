/** Compare mode: another round of the shown domain; municipalities that changed region, as a list. */
import { useId } from 'react';
import { layers } from '../../data/repository.ts';
import type { LayerView } from '../../domain/layerView.ts';
import type { GmCode } from '../../domain/types.ts';
import { selectMunicipality } from '../../state/actions.ts';
import { setCompareWith } from '../../state/exploreActions.ts';
import { useStore } from '../../state/store.ts';
import { useT } from '../../i18n/useT.ts';
import { comparable } from '../../domain/roundComparison.ts';
import { useCompareModel } from './useExploreScene.ts';

/** A button that selects a municipality (and so zooms the map to it). */
function Pick({ code, view }: { code: GmCode; view: LayerView }) {
  return (
    <button type="button" className="link" onClick={() => selectMunicipality(code)}>
      {view.municipalityName.get(code) ?? code}
    </button>
  );
}

/** The round picker of compare mode and the list of changes. */
export function ComparePanel({ view }: { view: LayerView }) {
  const { t, lang } = useT();
  const id = useId();
  const compareWith = useStore((s) => s.explore.compareWith);
  const model = useCompareModel();
  const candidates = layers.filter((l) => comparable(view.layer, l));
  if (candidates.length === 0 && !compareWith) return null;
  const regionChanges = model?.changes.regions.filter((r) => r.kind === 'split' || r.kind === 'merged' || r.kind === 'new' || r.kind === 'disappeared') ?? [];
  return (
    <section className="compare" aria-labelledby={`${id}-title`} data-testid="compare">
      <h2 id={`${id}-title`}>{t('compareTitle')}</h2>
      <label htmlFor={id}>{t('compareWith')}</label>{' '}
      <select id={id} value={compareWith ?? ''} onChange={(e) => setCompareWith(e.target.value || null)} data-testid="compare-with">
        <option value="">{t('compareNone')}</option>
        {candidates.map((l) => (
          <option key={l.id} value={l.id}>
            {l.label[lang]}
          </option>
        ))}
      </select>
      {compareWith && !model && <p role="status">{t('loading')}</p>}
      {model && (
        <div role="status" aria-live="polite">
          <p data-testid="compare-summary">
            {t('compareSummary', { before: model.before.label[lang], after: model.after.label[lang], n: model.changed.size })}
          </p>
          <h3>{t('movedTitle', { n: model.changes.moved.length })}</h3>
          <ul className="plain change-list" data-testid="moved-list">
            {model.changes.moved.map((m) => (
              <li key={m.code}>
                <Pick code={m.code} view={view} />: {m.from.regionName} → {m.to.regionName}
              </li>
            ))}
          </ul>
          {model.changes.followed.length > 0 && (
            <>
              <h3>{t('followedTitle', { before: model.before.geometryYear, after: model.after.geometryYear, n: model.changes.followed.length })}</h3>
              <ul className="plain change-list" data-testid="followed-list">
                {model.changes.followed.map((f) => (
                  <li key={f.code}>
                    {t('followedItem', {
                      name: f.name,
                      region: f.from.regionName,
                      successors: f.successors.map((x) => `${x.name}${x.to ? ` (${x.to.regionName})` : ''}`).join(', '),
                    })}
                  </li>
                ))}
              </ul>
            </>
          )}
          {regionChanges.length > 0 && <h3>{t('regionChangesTitle')}</h3>}
          <ul className="plain change-list" data-testid="region-changes">
            {regionChanges.map((r, i) => {
              const text =
                r.kind === 'split'
                  ? t('changeSplit', { from: r.from.regionName, to: r.to.map((x) => x.regionName).join(', ') })
                  : r.kind === 'merged'
                    ? t('changeMerged', { from: r.from.map((x) => x.regionName).join(', '), to: r.to.regionName })
                    : r.kind === 'new'
                      ? t('changeNew', { to: r.to.regionName })
                      : t('changeGone', { from: r.from.regionName });
              const targets = r.kind === 'split' ? r.to : r.kind === 'disappeared' ? [] : [r.to];
              return (
                <li key={i}>
                  {text}
                  {targets.map((target) => (
                    <details key={target.regionId}>
                      <summary>{t('membersOf', { region: target.regionName })}</summary>
                      <ul className="plain inline-list">
                        {(model.membersOf.get(target.regionId) ?? []).map((code) => (
                          <li key={code}>
                            <Pick code={code} view={view} />
                          </li>
                        ))}
                      </ul>
                    </details>
                  ))}
                </li>
              );
            })}
          </ul>
        </div>
      )}
    </section>
  );
}
