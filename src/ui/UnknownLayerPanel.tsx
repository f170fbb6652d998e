/** What is known of a layer whose member lists the sources do not give: a sentence, and for the CJG report its attributes table. */
import { loadSeedTable } from '../data/parseSeedTables.ts';
import type { Layer } from '../domain/types.ts';
import { useLoaded } from '../state/useLoad.ts';
import { useT } from '../i18n/useT.ts';
import { SourceCitation } from './SourceCitation.tsx';
import type { MessageKey } from '../i18n/messages.ts';

/** The report's four categories of cooperation (worded in src/i18n). */
const CATEGORIES: ReadonlySet<string> = new Set(['rijksbeleid', 'inhoudelijk programma', 'werkgebied uitvoeringsorganisatie', 'werkgebied bestuurlijke samenwerking']);

const loadKinds = () => loadSeedTable('cjg_2011_samenwerkingsverbanden.csv');

/** The panel of a layer without member lists. */
export function UnknownLayerPanel({ layer }: { layer: Layer }) {
  const { t, n } = useT();
  const cjg = layer.id === 'cjg_2011';
  const kinds = useLoaded(cjg ? 'cjg-kinds' : null, loadKinds);
  const known = `unknown.${layer.id}` as const;
  // The printed count, in the user's language: "83 regio's, waarvan 24 sub regio's" -> 83, of which 24 subregions.
  const regionCountText = (count: number | null, printed: string) => {
    const sub = /waarvan (\d+) sub/.exec(printed);
    if (count !== null && sub) return `${n(count)}, ${t('cjgSubregions', { n: n(Number(sub[1])) })}`;
    if (count !== null && /^\d+$/.test(printed.trim())) return n(count);
    // Anything else is quoted as the report prints it (Dutch).
    return <q lang="nl">{printed}</q>;
  };
  return (
    <div className="unknown-layer" data-testid="unknown-layer">
      <h3>{t('unknownLayerTitle')}</h3>
      <p>{t('unknownLayerMap')}</p>
      {(known === 'unknown.cjg_2011' || known === 'unknown.jeugd_2012_05' || known === 'unknown.jeugd_2012_11') && <p>{t(known)}</p>}
      {cjg && kinds.state === 'error' && <p role="alert">{kinds.message}</p>}
      {cjg && kinds.state === 'ready' && (
        <div className="table-scroll">
          <table data-testid="cjg-kinds">
            <caption>{t('cjgKinds')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('cjgKind')}</th>
                <th scope="col">{t('cjgRegionCount')}</th>
                <th scope="col">{t('cjgCategory')}</th>
              </tr>
            </thead>
            <tbody>
              {kinds.value.map((k) => (
                <tr key={`${k.kindId}-${k.mapVariant}`}>
                  <th scope="row">{k.mapVariant ? `${k.name} (${k.mapVariant})` : k.name}</th>
                  <td>{regionCountText(k.regionCount, k.regionCountText)}</td>
                  <td>{CATEGORIES.has(k.category) ? t(`cjgCategory.${k.category}` as MessageKey) : <q lang="nl">{k.category}</q>}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {kinds.value[0] && <div className="source-line">{t('source')}: <SourceCitation source={kinds.value[0].source} /></div>}
        </div>
      )}
    </div>
  );
}
