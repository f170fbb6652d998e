/** How a region fits the other divisions of its year, and how it changed between rounds of its domain. */
import type { LayerView } from '../../domain/layerView.ts';
import type { RegionFit, RegionPage, RegionRoundChange } from '../../domain/viewModels/regionPage.ts';
import type { GmCode } from '../../domain/types.ts';
import { formatPercent } from '../../i18n/messages.ts';
import { useT } from '../../i18n/useT.ts';

/** The agreement and changes sections of a region page. */
export function RegionRelations({ page, view }: { page: RegionPage; view: LayerView }) {
  const { t, lang } = useT();
  const names = (codes: readonly GmCode[]) => (codes.length ? codes.map((c) => view.municipalityName.get(c) ?? c).join(', ') : t('nobody'));
  const fitText = (f: RegionFit) => {
    const partly = () => t('fitsPartly', { share: formatPercent(lang, f.share), region: f.regionName, n: f.otherParts });
    switch (f.kind) {
      case 'same':
        return t('fitsSame', { region: f.regionName });
      case 'within':
        return t('fitsWhole', { region: f.regionName });
      case 'contains':
        return `${t('fitsContains', { region: f.regionName })} (${partly()})`;
      case 'partly':
        return partly();
      case 'unplaced':
        return t('notPlaced');
    }
  };
  // Joined and left read in time order: from the earlier round to the later one.
  const changeText = (c: RegionRoundChange) => {
    const other = c.layer.label[lang];
    if (c.kind === 'gone') return t('changesGone', { other });
    if (c.kind === 'same') return t('changesSame', { other, region: c.regionNames.join(', ') });
    const earlier = c.layer.referenceDate < page.layer.referenceDate;
    return t('changesDiff', { other, region: c.regionNames.join(', '), added: names(earlier ? c.onlyHere : c.onlyThere), removed: names(earlier ? c.onlyThere : c.onlyHere) });
  };
  return (
    <>
      <h3>{t('fitsOther')}</h3>
      <p className="muted small">{t('fitsOtherIntro')}</p>
      <ul className="region-fits" data-testid="region-fits">
        {page.fits.map((f) => (
          <li key={f.layer.id} data-kind={f.kind}>
            <strong>{f.layer.label[lang]}</strong>: {fitText(f)}
          </li>
        ))}
      </ul>
      <h3>{t('changesTitle')}</h3>
      {page.changes.length === 0 ? (
        <p>{t('changesNone')}</p>
      ) : (
        <ul className="region-changes" data-testid="region-changes">
          {page.changes.map((c) => (
            <li key={c.layer.id}>{changeText(c)}</li>
          ))}
        </ul>
      )}
    </>
  );
}
