/** Chooses the shown division (domain) and its round or year. */
import { useId } from 'react';
import { domains, layers } from '../data/repository.ts';
import { selectLayer } from '../state/actions.ts';
import { useStore } from '../state/store.ts';
import { useT } from '../i18n/useT.ts';
import { useLayers } from '../state/useLoad.ts';
import { defaultLayerOfDomain, layersOfDomain } from './layerChoice.ts';

/** Two selects: division, then round or year within it. */
export function DivisionPicker() {
  const layerId = useStore((s) => s.layerId);
  const { t, lang } = useT();
  const domainId = useId();
  const roundId = useId();
  useLayers();
  const current = layers.find((l) => l.id === layerId) ?? layers[0];
  const rounds = layersOfDomain(current.domain);
  return (
    <div className="picker">
      <label htmlFor={domainId}>{t('division')}</label>
      <select id={domainId} data-testid="division" value={current.domain} onChange={(e) => selectLayer(defaultLayerOfDomain(e.target.value).id)}>
        {domains
          .filter((d) => layersOfDomain(d.id).length > 0)
          .map((d) => (
            <option key={d.id} value={d.id}>
              {d.label[lang]}
            </option>
          ))}
      </select>
      <label htmlFor={roundId}>{t('round')}</label>
      <select id={roundId} data-testid="round" value={layerId} onChange={(e) => selectLayer(e.target.value)}>
        {rounds.map((l) => (
          <option key={l.id} value={l.id}>
            {l.label[lang]}
            {l.membershipStatus === 'unknown' ? ' (?)' : ''}
            {l.imported ? ` (${t('imported.mark')})` : ''}
          </option>
        ))}
      </select>
    </div>
  );
}
