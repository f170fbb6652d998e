/** The doubtful memberships of the shown layer, both readings listed, marked on the map on request. */
import { useEffect, useMemo, useState } from 'react';
import type { LayerView } from '../domain/layerView.ts';
import { doubtsOf } from '../domain/doubts.ts';
import { setDotted } from '../state/actions.ts';
import { useT } from '../i18n/useT.ts';

/** A list of doubts with a switch that marks them on the map (the store's `dottedCodes`). */
export function LayerDoubts({ view }: { view: LayerView }) {
  const { t } = useT();
  const doubts = useMemo(() => doubtsOf(view.membershipsOf, view.municipalityName), [view]);
  const [shown, setShown] = useState(false);
  // Only while switched on: the incongruence tab uses the same dots for nested regions.
  useEffect(() => {
    if (!shown) return;
    setDotted(doubts.map((d) => d.code), 'doubtsLegend');
    return () => setDotted([]);
  }, [shown, doubts]);
  if (!doubts.length) return null;
  return (
    <div className="doubts" data-testid="layer-doubts">
      <h3>{t('doubts')}</h3>
      <p className="muted small">{t('doubtCount', { n: doubts.length })}</p>
      <ul>
        {doubts.map((d) => (
          <li key={`${d.code}-${d.region}`}>{t('doubtReading', { name: d.name, region: d.region, other: d.alternative })}</li>
        ))}
      </ul>
      <label className="toggle">
        <input type="checkbox" checked={shown} onChange={(e) => setShown(e.target.checked)} data-testid="show-doubts" /> {t('showDoubts')}
      </label>
    </div>
  );
}
