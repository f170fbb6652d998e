/** Map layers: further divisions as outlines, subregion borders on/off, and the fill opacity. */
import { useId } from 'react';
import { domains } from '../../data/repository.ts';
import type { LayerView } from '../../domain/layerView.ts';
import { OVERLAY_LINES, SUBREGION_LINE } from '../../map/lineStyles.ts';
import { hasSubregions } from '../../map/borders.ts';
import { setFillOpacity, setSubregions, toggleOverlay } from '../../state/exploreActions.ts';
import { useStore } from '../../state/store.ts';
import { useT } from '../../i18n/useT.ts';
import { LineSample } from './LineSample.tsx';
import { layerById, overlayLayerFor } from './overlayChoice.ts';

/** The layer switches of the shown layer's geometry year. */
export function LayerPanel({ view }: { view: LayerView }) {
  const { t, lang } = useT();
  const explore = useStore((s) => s.explore);
  const opacityId = useId();
  const full = explore.overlays.length >= OVERLAY_LINES.length;
  const subregionsExist = hasSubregions(view);
  return (
    <section className="layer-panel" aria-labelledby={`${opacityId}-title`} data-testid="layer-panel">
      <h2 id={`${opacityId}-title`}>{t('mapLayers')}</h2>
      <fieldset>
        <legend>{t('outlines')}</legend>
        <ul className="plain">
          {domains.map((domain) => {
            const active = explore.overlays.find((id) => layerById(id)?.domain === domain.id);
            const layer = active ? layerById(active)! : overlayLayerFor(domain.id, view.layer.geometryYear);
            if (!layer || (domain.id === view.layer.domain && !active)) return null;
            const slot = active ? explore.overlays.indexOf(active) : -1;
            return (
              <li key={domain.id}>
                <label>
                  <input
                    type="checkbox"
                    checked={Boolean(active)}
                    disabled={!active && full}
                    onChange={(e) => toggleOverlay(layer.id, e.target.checked)}
                    data-testid={`overlay-${domain.id}`}
                  />
                  {slot >= 0 && <LineSample style={OVERLAY_LINES[slot]} />}
                  {domain.label[lang]} <span className="muted small">({layer.label[lang]})</span>
                </label>
              </li>
            );
          })}
        </ul>
        {full && <p className="muted small">{t('outlinesFull', { n: OVERLAY_LINES.length })}</p>}
      </fieldset>
      <label className={subregionsExist ? undefined : 'muted'}>
        <input type="checkbox" checked={explore.subregions} onChange={(e) => setSubregions(e.target.checked)} data-testid="subregions" />
        <LineSample style={SUBREGION_LINE} />
        {t('subregionBorders')}
        {!subregionsExist && <span className="small"> ({t('noSubregions')})</span>}
      </label>
      <div className="opacity">
        <label htmlFor={opacityId}>
          {t('fillOpacity')}: {Math.round(explore.fillOpacity * 100)}%
        </label>
        <input
          id={opacityId}
          type="range"
          min={10}
          max={100}
          step={5}
          value={Math.round(explore.fillOpacity * 100)}
          onChange={(e) => setFillOpacity(Number(e.target.value) / 100)}
          data-testid="fill-opacity"
        />
      </div>
    </section>
  );
}
