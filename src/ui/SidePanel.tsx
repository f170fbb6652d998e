/** The selected municipality: its region in the shown layer and the region's members with population. */
import type { LayerView } from '../domain/layerView.ts';
import type { GmCode } from '../domain/types.ts';
import { openRegionPage, selectMunicipality } from '../state/actions.ts';
import { useT } from '../i18n/useT.ts';
import { paletteColour } from '../map/palette.ts';
import { RegionMembers } from './RegionMembers.tsx';
import { MembershipProvenance } from './MembershipProvenance.tsx';

interface Props {
  view: LayerView;
  selected: GmCode | null;
}

/** Shows the selection, or a hint when nothing is selected. */
export function SidePanel({ view, selected }: Props) {
  const { t } = useT();
  if (!selected) return <p className="hint">{t('noSelection')}</p>;
  const name = view.municipalityName.get(selected);
  const memberships = view.membershipsOf.get(selected) ?? [];
  return (
    <section aria-labelledby="selection-title" data-testid="selection">
      <div className="selection-head">
        <h2 id="selection-title">
          {name ?? selected} <span className="muted">{selected}</span>
        </h2>
        <button type="button" onClick={() => selectMunicipality(null)}>
          {t('clearSelection')}
        </button>
      </div>
      {/* A code kept from a layer of another year (De Fryske Marren, from 2014, on a 2013 map). */}
      {name === undefined && <p role="alert">{t('notInGeometryYear', { code: selected, year: view.layer.geometryYear })}</p>}
      {name !== undefined && memberships.length === 0 && <p>{t('notPlaced')}</p>}
      {memberships.map((m, index) => {
        const region = view.regions.get(m.regionId)!;
        return (
          <div key={`${m.regionId}-${m.subregionId ?? ''}`} className="region-block">
            <h3>
              <span className="swatch" style={{ background: paletteColour(region.colourIndex) }} aria-hidden="true" />
              {index > 0 && `${t('alsoIn')}: `}
              {t('region')}: <span data-testid="region-name">{region.name}</span>
            </h3>
            <button type="button" className="link" onClick={() => openRegionPage(view.layer.id, region.id)} data-testid="open-region-page">
              {t('openRegion', { name: region.name })}
            </button>
            {m.subregionName && (
              <p>
                {t('subregion')}: {m.subregionName}
              </p>
            )}
            <MembershipProvenance membership={m} />
            <RegionMembers view={view} region={region} selected={selected} />
          </div>
        );
      })}
    </section>
  );
}
