/** Says where the population shown is of a nearer year than the geometry year (e.g. 2012 figures on the 2011 map). */
import type { LayerView } from '../domain/layerView.ts';
import { useT } from '../i18n/useT.ts';

/** A note under a population figure or table; nothing when the years agree. */
export function PopulationYearNote({ view }: { view: LayerView }) {
  const { t } = useT();
  const geometryYear = view.layer.geometryYear;
  if (view.populationYear === null || view.populationYear === geometryYear) return null;
  return (
    <p className="muted small" data-testid="population-year-note">
      {t('population.nearer', { year: view.populationYear, geometryYear })}
      {view.populationEstimated.size > 0 && ` ${t('population.estimatedMark')} = ${t('population.estimated')}.`}
    </p>
  );
}
