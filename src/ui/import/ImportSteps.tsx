/** The parts of the import dialog: columns, unresolved names, metadata and the validation report. */
import { useId } from 'react';
import { IMPORT_DOMAINS, metadataProblems } from '../../domain/import/analyse.ts';
import type { ColumnRole } from '../../domain/import/columns.ts';
import type { ReportIssue } from '../../domain/import/round.ts';
import type { Confidence, GmCode } from '../../domain/types.ts';
import { geometryYears } from '../../data/fileUrls.ts';
import { useT } from '../../i18n/useT.ts';
import type { MessageKey } from '../../i18n/messages.ts';
import type { ImportDraft } from './useImportDraft.ts';
import './dialogTexts.ts';

const ROLES: ColumnRole[] = ['municipality', 'region', 'subregion', 'regionCode', 'province'];
const CONFIDENCES: Confidence[] = ['text', 'derived', 'knowledge', 'official'];

/** Which column holds what, and whether municipalities are codes or names. */
export function ColumnStep({ draft }: { draft: ImportDraft }) {
  const { t } = useT();
  const id = useId();
  const { grid, mapping } = draft;
  if (!grid || !mapping) return null;
  return (
    <fieldset className="import-step" data-testid="import-columns">
      <legend>{t('import.columns')}</legend>
      <div className="import-grid">
        {ROLES.map((role) => (
          <label key={role} htmlFor={`${id}-${role}`}>
            {t(`import.role.${role}`)}
            <select id={`${id}-${role}`} data-testid={`column-${role}`} value={mapping[role] ?? ''} onChange={(e) => draft.setMapping({ ...mapping, [role]: e.target.value === '' ? null : Number(e.target.value) })}>
              <option value="">{t('import.none')}</option>
              {grid.header.map((h, i) => (
                <option key={i} value={i}>
                  {h}
                </option>
              ))}
            </select>
          </label>
        ))}
        <label htmlFor={`${id}-kind`}>
          {t('import.kind')}
          <select id={`${id}-kind`} data-testid="municipality-kind" value={draft.kind} onChange={(e) => draft.setKind(e.target.value as 'code' | 'name')}>
            <option value="name">{t('import.kind.name')}</option>
            <option value="code">{t('import.kind.code')}</option>
          </select>
        </label>
      </div>
    </fieldset>
  );
}

/** Every name that did not resolve, with a choice of municipality (suggestions first). */
export function NamesStep({ draft }: { draft: ImportDraft }) {
  const { t } = useT();
  const id = useId();
  const year = draft.metadata.geometryYear;
  const municipalities = [...(draft.context?.municipalitiesByYear.get(year) ?? [])].sort((a, b) => a.name.localeCompare(b.name, 'nl'));
  const nameOf = new Map(municipalities.map((m) => [m.code, m.name]));
  const open = draft.analysis?.unresolved ?? [];
  const fixed = Object.keys(draft.fixes);
  if (open.length === 0 && fixed.length === 0) return null;
  const names = [...new Set([...open.map((u) => u.name), ...fixed])];
  return (
    <fieldset className="import-step" data-testid="import-names">
      <legend>{t('import.names')}</legend>
      <p className="small">{t('import.namesIntro', { year })}</p>
      <ul className="import-names">
        {names.map((name, i) => {
          const entry = open.find((u) => u.name === name);
          const suggestions: GmCode[] = entry ? (entry.match.kind === 'ambiguous' ? entry.match.candidates : entry.match.suggestions) : [];
          return (
            <li key={name}>
              <label htmlFor={`${id}-${i}`}>{t('import.nameRows', { name, rows: entry?.rows.join(', ') ?? '' })}</label>{' '}
              <select id={`${id}-${i}`} data-testid="name-fix" data-name={name} value={draft.fixes[name] ?? ''} onChange={(e) => draft.fix(name, e.target.value as GmCode | '')}>
                <option value="">{t('import.chooseMunicipality')}</option>
                {suggestions.length > 0 && (
                  <optgroup label={t('import.suggested')}>
                    {suggestions.map((code) => (
                      <option key={code} value={code}>
                        {nameOf.get(code) ?? code} ({code})
                      </option>
                    ))}
                  </optgroup>
                )}
                <optgroup label={t('import.allOfYear', { year })}>
                  {municipalities.map((m) => (
                    <option key={m.code} value={m.code}>
                      {m.name} ({m.code})
                    </option>
                  ))}
                </optgroup>
              </select>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}

/** Title, domain, reference date, geometry year, source and confidence. */
export function MetadataStep({ draft }: { draft: ImportDraft }) {
  const { t } = useT();
  const id = useId();
  const { metadata, setMetadata, proposal, grid } = draft;
  const set = (change: Partial<typeof metadata>) => setMetadata({ ...metadata, ...change });
  return (
    <fieldset className="import-step" data-testid="import-metadata">
      <legend>{t('import.metadata')}</legend>
      <div className="import-grid">
        <label htmlFor={`${id}-title`}>
          {t('import.meta.title')}
          <input id={`${id}-title`} data-testid="meta-title" value={metadata.title} onChange={(e) => set({ title: e.target.value })} required />
        </label>
        <label htmlFor={`${id}-domain`}>
          {t('import.meta.domain')}
          <select id={`${id}-domain`} data-testid="meta-domain" value={metadata.domain} onChange={(e) => set({ domain: e.target.value as (typeof IMPORT_DOMAINS)[number] })}>
            {IMPORT_DOMAINS.map((d) => (
              <option key={d} value={d}>
                {t(`import.domain.${d}`)}
              </option>
            ))}
          </select>
        </label>
        <label htmlFor={`${id}-date`}>
          {t('import.meta.referenceDate')}
          <input id={`${id}-date`} data-testid="meta-date" value={metadata.referenceDate} onChange={(e) => set({ referenceDate: e.target.value.trim() })} placeholder="2013-10-31" />
        </label>
        <label htmlFor={`${id}-year`}>
          {t('import.meta.geometryYear')}
          <select id={`${id}-year`} data-testid="meta-year" value={metadata.geometryYear} onChange={(e) => set({ geometryYear: Number(e.target.value) })} aria-describedby={`${id}-proposed`}>
            {geometryYears.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </label>
        {proposal && grid && (
          <p id={`${id}-proposed`} className="small muted" data-testid="meta-proposed">
            {t('import.meta.proposed', { year: proposal.year, n: proposal.resolved.get(proposal.year) ?? 0, rows: grid.rows.length })}
          </p>
        )}
        <label htmlFor={`${id}-source`} className="wide">
          {t('import.meta.source')}
          <input id={`${id}-source`} data-testid="meta-source" value={metadata.source} onChange={(e) => set({ source: e.target.value })} required />
        </label>
        <label htmlFor={`${id}-confidence`}>
          {t('import.meta.confidence')}
          <select id={`${id}-confidence`} data-testid="meta-confidence" value={metadata.confidence} onChange={(e) => set({ confidence: e.target.value as Confidence })}>
            {CONFIDENCES.map((c) => (
              <option key={c} value={c}>
                {t(`confidence.${c}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="check wide">
          <input type="checkbox" data-testid="meta-overlap" checked={metadata.allowsOverlap} onChange={(e) => set({ allowsOverlap: e.target.checked })} /> {t('import.meta.overlap')}
        </label>
      </div>
    </fieldset>
  );
}

/** One report line in the user's language; the cell texts are plain text, never HTML. */
export function issueText(t: (key: MessageKey, values?: Record<string, string | number>) => string, issue: ReportIssue, year: number): string {
  return t(`import.issue.${issue.kind}` as MessageKey, { ...issue.values, year });
}

/** The validation report: errors first, every line with its row. */
export function ReportStep({ draft }: { draft: ImportDraft }) {
  const { t } = useT();
  const { analysis } = draft;
  if (!analysis) return null;
  const missing = metadataProblems(draft.metadata);
  return (
    <section className="import-step" aria-labelledby="import-report-title" data-testid="import-report">
      <h3 id="import-report-title">{t('import.report')}</h3>
      <p role="status" data-testid="report-summary">
        {t('import.reportSummary', { errors: analysis.errorCount, warnings: analysis.warningCount, regions: analysis.regionCount, members: new Set(analysis.memberships.map((m) => m.code)).size })}
      </p>
      {analysis.errorCount > 0 && <p className="small">{t('import.errorsBlock')}</p>}
      {missing.length > 0 && <p className="small" data-testid="meta-missing">{t('import.meta.missing', { fields: missing.map((f) => t(f === 'title' ? 'import.meta.title' : f === 'source' ? 'import.meta.source' : 'import.meta.referenceDate')).join(', ') })}</p>}
      <ul className="import-report">
        {analysis.issues.slice(0, 200).map((issue, i) => (
          <li key={i} className={issue.severity} data-testid={`issue-${issue.severity}`} data-kind={issue.kind} data-row={issue.row ?? ''}>
            <strong>{t(`import.severity.${issue.severity}`)}</strong>
            {issue.row !== null && <> ({t('import.row', { row: issue.row })})</>}: {issueText(t, issue, draft.metadata.geometryYear)}
          </li>
        ))}
      </ul>
    </section>
  );
}
