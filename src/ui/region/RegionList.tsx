/** Every region of the shown layer with its members; each opens its region page. */
import type { LayerView } from '../../domain/layerView.ts';
import { openRegionPage } from '../../state/actions.ts';
import { useT } from '../../i18n/useT.ts';

/** A foldable list of the layer's regions, by name. */
export function RegionList({ view }: { view: LayerView }) {
  const { t, n } = useT();
  const regions = [...view.regions.values()].sort((a, b) => a.name.localeCompare(b.name, 'nl'));
  if (!regions.length) return null;
  return (
    <details className="region-list" data-testid="region-list">
      <summary>
        {t('regionPages')} ({n(regions.length)})
      </summary>
      <p className="muted small">{t('regionPagesIntro', { n: n(regions.length) })}</p>
      <ul>
        {regions.map((r) => (
          <li key={r.id}>
            <button type="button" className="link" onClick={() => openRegionPage(view.layer.id, r.id)} aria-label={t('openRegion', { name: r.name })}>
              {r.name}
            </button>{' '}
            <span className="muted small">
              ({n(r.members.length)}): {r.members.map((m) => m.name).join(', ')}
            </span>
          </li>
        ))}
      </ul>
    </details>
  );
}
