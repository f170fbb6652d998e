/**
 * The classification shown: the count of every category, the municipalities grouped by category
 * with one sentence each (linked with the map both ways), the CSV of all of them, and the partner
 * distance in a detail that explains it.
 */
import { useEffect, useRef, useState } from 'react';
import { domains } from '../../data/repository.ts';
import type { GmCode } from '../../domain/types.ts';
import type { CongruenceCategory } from '../../domain/analysis/index.ts';
import {
  classificationCsvColumns,
  partnerDifferences,
  sentenceLabels,
  type ClassifiedMunicipality,
  type ComparedLayer,
  type IncongruenceView,
} from '../../domain/viewModels/incongruenceList.ts';
import { formatNumber } from '../../i18n/messages.ts';
import { useT } from '../../i18n/useT.ts';
import { selectMunicipality } from '../../state/actions.ts';
import { CsvButtons } from './CsvButtons.tsx';
// The Dutch texts of the analysis keys come with this chunk.
import '../../i18n/messages.analysisTexts.ts';

interface Props {
  view: IncongruenceView;
  compared: ComparedLayer[];
  names: ReadonlyMap<GmCode, string>;
  selected: GmCode | null;
  /** Whether the map shows this geometry year, so that the marks are drawn. */
  onMap: boolean;
}

/** Groups open at first: those that need an explanation. The long lists open on request. */
const OPEN_AT_FIRST: ReadonlySet<string> = new Set(['moved', 'regionChanged', 'unplaced', 'multiple']);

/** Counts, groups, CSV and distances. */
export function IncongruenceResults({ view, compared, names, selected, onMap }: Props) {
  const { t, lang } = useT();
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const item = selected ? box.current?.querySelector<HTMLElement>(`li[data-code="${selected}"]`) : null;
    if (box.current && item) box.current.scrollTop = Math.max(0, item.offsetTop - box.current.clientHeight / 2);
  }, [selected, view]);
  const { counts } = view;
  const crossing = view.all.filter((m) => m.category === 'moved' || m.category === 'regionChanged');
  return (
    <>
      <div role="status" data-testid="inc-count">
        <p className="summary">{t('inc.summary', { total: view.all.length })}</p>
        <ul className="inc-counts">
          <li data-testid="inc-count-crossing">{t('inc.count.crossing', { n: counts.crossing, moved: counts.moved, changed: counts.regionChanged })}</li>
          <li data-testid="inc-count-nested">{t('inc.count.nested', { n: counts.nested })}</li>
          <li data-testid="inc-count-same">{t('inc.count.same', { n: counts.same })}</li>
          <li data-testid="inc-count-unplaced">{t('inc.count.unplaced', { n: counts.unplaced })}</li>
          <li data-testid="inc-count-multiple">{t('inc.count.multiple', { n: counts.multiple })}</li>
        </ul>
        {onMap && <p className="small">{t('inc.map')}</p>}
      </div>
      <CsvButtons tableId="incongruence" title={t('inc.csvTitle')} columns={classificationCsvColumns(compared.map((c) => c.layer), lang)} rows={view.all} />
      <div className="incongruence-list" ref={box} role="region" aria-label={t('inc.listTitle')} data-testid="inc-list" tabIndex={0}>
        {view.groups.map((g) => (
          <Group key={g.category} id={g.category} list={g.municipalities} selected={selected} compared={compared} names={names} />
        ))}
        <Group id="multiple" list={view.multiple} selected={selected} compared={compared} names={names} />
      </div>
      <details className="inc-distance" data-testid="inc-distance">
        <summary>{t('inc.distanceTitle')}</summary>
        <p className="small">{t('inc.distanceExplained')}</p>
        <table className="small">
          <thead>
            <tr>
              <th scope="col">{t('municipality')}</th>
              <th scope="col">{t('inc.distance')}</th>
            </tr>
          </thead>
          <tbody>
            {crossing.map((m) => (
              <tr key={m.code}>
                <th scope="row">{m.name}</th>
                <td>{formatNumber(lang, Math.round(m.maxJaccardDistance * 100) / 100)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
      <p className="source-line">{t('analysis.source', { source: t('inc.source') })}</p>
    </>
  );
}

interface GroupProps {
  id: CongruenceCategory | 'multiple';
  list: ClassifiedMunicipality[];
  selected: GmCode | null;
  compared: ComparedLayer[];
  names: ReadonlyMap<GmCode, string>;
}

/** One category: a foldable heading with its count and the sentence of every municipality in it. */
function Group({ id, list, selected, compared, names }: GroupProps) {
  const { t, lang } = useT();
  const [open, setOpen] = useState(OPEN_AT_FIRST.has(id));
  const holdsSelected = selected !== null && list.some((m) => m.code === selected);
  useEffect(() => {
    if (holdsSelected) setOpen(true);
  }, [holdsSelected]);
  return (
    <details className="inc-group" data-testid={`inc-group-${id}`} open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>
        <h3>{t(`inc.group.${id}`, { n: list.length })}</h3>
      </summary>
      {list.length === 0 ? (
        <p className="small muted">{t('inc.group.empty')}</p>
      ) : (
        <ul>
          {list.map((m) => (
            <li key={m.code} data-code={m.code} aria-current={m.code === selected ? 'true' : undefined}>
              <button type="button" className="link" onClick={() => selectMunicipality(m.code)}>
                {m.code === selected && <span aria-hidden="true">▶ </span>}
                {m.sentence[lang]}
              </button>
              {m.code === selected && open && <PartnerDetails compared={compared} municipality={m} names={names} />}
            </li>
          ))}
        </ul>
      )}
    </details>
  );
}

/** The partners only one division of a pair gives the selected municipality. */
function PartnerDetails({ compared, municipality, names }: { compared: ComparedLayer[]; municipality: ClassifiedMunicipality; names: ReadonlyMap<GmCode, string> }) {
  const { t, lang } = useT();
  const labels = sentenceLabels(
    compared.map((c) => c.layer),
    domains,
  );
  const differences = partnerDifferences(municipality, names);
  if (!differences.length) return null;
  const list = (xs: string[]) => (xs.length ? xs.join(', ') : t('inc.nobody'));
  return (
    <ul className="partner-details small" data-testid="inc-partners">
      {differences.map((d) => (
        <li key={`${d.layerA}|${d.layerB}`}>
          {t('inc.onlyIn', { layer: labels.get(d.layerA)![lang], names: list(d.onlyInA) })}; {t('inc.onlyIn', { layer: labels.get(d.layerB)![lang], names: list(d.onlyInB) })}
        </li>
      ))}
    </ul>
  );
}
