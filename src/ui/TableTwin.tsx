/**
 * The map's table twin, right below the map: opening it moves focus to its heading, so that it is
 * clearly there. Its table carries its own CSV export (comma or semicolon, with the cited sources).
 */
import { useEffect, useRef } from 'react';
import type { LayerView } from '../domain/layerView.ts';
import type { GmCode } from '../domain/types.ts';
import { useT } from '../i18n/useT.ts';
import { setShowTable } from '../state/actions.ts';
import { MunicipalityTable } from './MunicipalityTable.tsx';

/** The table section; focus goes to its heading when it opens. */
export function TableTwin({ view, selected }: { view: LayerView; selected: GmCode | null }) {
  const { t } = useT();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
    heading.current?.scrollIntoView({ block: 'start' });
  }, []);
  return (
    <section className="table-area" aria-labelledby="table-twin-title" data-testid="table-twin">
      <div className="table-head">
        <h2 id="table-twin-title" ref={heading} tabIndex={-1}>
          {t('tableTitle')}
        </h2>
        <button type="button" onClick={() => setShowTable(false)}>
          {t('hideTable')}
        </button>
      </div>
      <MunicipalityTable view={view} selected={selected} />
    </section>
  );
}
