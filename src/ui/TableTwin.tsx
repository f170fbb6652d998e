/**
 * The map's table twin, right below the map: opening it moves focus to its heading, so that it is
 * clearly there; it has its own CSV export (comma or semicolon) of every municipality.
 */
import { useEffect, useMemo, useRef } from 'react';
import { municipalityRows, type LayerView, type MunicipalityRow } from '../domain/layerView.ts';
import type { CsvColumn } from '../domain/export/tableCsv.ts';
import type { GmCode } from '../domain/types.ts';
import { translate, type Lang } from '../i18n/messages.ts';
import { useT } from '../i18n/useT.ts';
import { setShowTable } from '../state/actions.ts';
import { CsvButtons } from './analysis/CsvButtons.tsx';
import { MunicipalityTable } from './MunicipalityTable.tsx';

/** The CSV columns of the table twin: code, name, region(s), population, confidence. */
export function municipalityCsvColumns(lang: Lang): CsvColumn<MunicipalityRow>[] {
  return [
    { header: 'cbs_code', value: (r) => r.code },
    { header: lang === 'nl' ? 'gemeente' : 'municipality', value: (r) => r.name },
    { header: lang === 'nl' ? 'regio' : 'region', value: (r) => r.regionNames.join('; ') },
    { header: lang === 'nl' ? 'inwoners' : 'population', value: (r) => r.population },
    { header: lang === 'nl' ? 'zekerheid' : 'confidence', value: (r) => (r.confidence ? translate(lang, `confidence.${r.confidence}`) : '') },
  ];
}

/** The table section; focus goes to its heading when it opens. */
export function TableTwin({ view, selected }: { view: LayerView; selected: GmCode | null }) {
  const { t, lang } = useT();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
    heading.current?.scrollIntoView({ block: 'start' });
  }, []);
  const rows = useMemo(() => municipalityRows(view), [view]);
  return (
    <section className="table-area" aria-labelledby="table-twin-title" data-testid="table-twin">
      <div className="table-head">
        <h2 id="table-twin-title" ref={heading} tabIndex={-1}>
          {t('tableTitle')}
        </h2>
        <CsvButtons tableId={`gemeenten-${view.layer.id}`} title={t('tableTitle')} columns={municipalityCsvColumns(lang)} rows={rows} />
        <button type="button" onClick={() => setShowTable(false)}>
          {t('hideTable')}
        </button>
      </div>
      <div className="table-scroll">
        <MunicipalityTable view={view} selected={selected} />
      </div>
    </section>
  );
}
