/** Selects what the map shows besides the fill layer, and loads the layers it needs. */
import { useEffect, useMemo, useState } from 'react';
import { ensureLayer, setNotice } from '../../state/actions.ts';
import { loadMunicipalChanges } from '../../data/repository.ts';
import { translate } from '../../i18n/messages.ts';
import type { MunicipalChange } from '../../domain/analysis/index.ts';
import { useStore } from '../../state/store.ts';
import type { LoadedLayer, SceneOptions } from '../../map/scene.ts';
import type { GmCode } from '../../domain/types.ts';
import { compareRounds, needsMunicipalChanges, type CompareModel } from './compareModel.ts';

const modelCache = new WeakMap<object, WeakMap<object, CompareModel>>();

/** The municipal changes between geometry years, loaded when a comparison crosses years. */
function useMunicipalChanges(needed: boolean): MunicipalChange[] | null {
  const [changes, setChanges] = useState<MunicipalChange[] | null>(null);
  useEffect(() => {
    if (!needed || changes) return;
    loadMunicipalChanges()
      .then(setChanges)
      .catch((error: Error) => setNotice('data', (lang) => translate(lang, 'changesLoadFailed', { reason: error.message })));
  }, [needed, changes]);
  return changes;
}

/** The comparison of the shown round with `explore.compareWith`, once both are loaded. */
export function useCompareModel(): CompareModel | null {
  const compareWith = useStore((s) => s.explore.compareWith);
  const shown = useStore((s) => s.layerStatus[s.layerId]);
  const other = useStore((s) => (s.explore.compareWith ? s.layerStatus[s.explore.compareWith] : undefined));
  useEffect(() => {
    if (compareWith) void ensureLayer(compareWith);
  }, [compareWith]);
  const crossesYears = shown?.state === 'ready' && other?.state === 'ready' && needsMunicipalChanges(shown.view.layer, other.view.layer);
  const municipalChanges = useMunicipalChanges(crossesYears);
  return useMemo(() => {
    if (shown?.state !== 'ready' || other?.state !== 'ready') return null;
    if (crossesYears && !municipalChanges) return null;
    let inner = modelCache.get(shown.view);
    if (!inner) modelCache.set(shown.view, (inner = new WeakMap()));
    let model = inner.get(other.view);
    if (!model) inner.set(other.view, (model = compareRounds(shown.view, other.view, municipalChanges ?? [])));
    return model;
  }, [shown, other, crossesYears, municipalChanges]);
}

/** Outlines, subregion borders, opacity and marks for the map, memoised while nothing changes. */
export function useExploreScene(): SceneOptions {
  const explore = useStore((s) => s.explore);
  const layerStatus = useStore((s) => s.layerStatus);
  const markedCodes = useStore((s) => s.markedCodes);
  const dottedCodes = useStore((s) => s.dottedCodes);
  const presenter = useStore((s) => s.session.presenter);
  // The open region page's region, outlined on the map (the page belongs to the shown layer).
  const region = useStore((s) => s.region);
  const compare = useCompareModel();
  useEffect(() => {
    for (const id of explore.overlays) void ensureLayer(id);
  }, [explore.overlays]);
  const overlays = useMemo(
    () =>
      explore.overlays.map((id): LoadedLayer | null => {
        const status = layerStatus[id];
        return status?.state === 'ready' ? { view: status.view, topology: status.topology } : null;
      }),
    [explore.overlays, layerStatus],
  );
  const marked = useMemo<ReadonlySet<GmCode>>(() => (compare ? compare.changed : new Set(markedCodes)), [compare, markedCodes]);
  // A round comparison marks the changed municipalities only; the analysis panel's dots wait until it ends.
  const dotted = useMemo<ReadonlySet<GmCode>>(() => (compare ? new Set() : new Set(dottedCodes)), [compare, dottedCodes]);
  return useMemo(
    // Presenter mode: labels readable from the back of a room (24 px).
    () => ({ fillOpacity: explore.fillOpacity, subregions: explore.subregions, overlays, marked, dotted, labels: explore.labels, labelSize: presenter ? 24 : undefined, highlightRegion: region }),
    [explore.fillOpacity, explore.subregions, explore.labels, overlays, marked, dotted, presenter, region],
  );
}
