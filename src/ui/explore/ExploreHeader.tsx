/** The header controls of the exploring features: municipality search, presenter mode, PNG export. */
import type { LayerView } from '../../domain/layerView.ts';
import { ExploreToolbar } from './ExploreToolbar.tsx';
import { MunicipalitySearch } from './MunicipalitySearch.tsx';
import './explore.css';

/** Search, then the presenter and export buttons. */
export function ExploreHeader({ view }: { view: LayerView }) {
  return (
    <>
      <MunicipalitySearch view={view} />
      <ExploreToolbar view={view} />
    </>
  );
}
