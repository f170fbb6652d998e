/** A source cited as people cite it, with the file and section in a "technische bron" detail. */
import { documents } from '../data/repository.ts';
import { resolveSource } from '../domain/citations.ts';
import type { Source } from '../domain/types.ts';
import { useT } from '../i18n/useT.ts';

/** The citations of a source (one per document) and, folded away, its technical reference. */
export function SourceCitation({ source, extra }: { source: Source; extra?: string }) {
  const { t, lang } = useT();
  const resolved = resolveSource(source, documents, lang);
  const technical = [resolved.technical, extra].filter(Boolean).join('; ');
  return (
    <span className="citation" data-testid="citation">
      {resolved.citations.map((c, i) => (
        <cite key={c} className="citation-text">
          {i > 0 ? '; ' : ''}
          {c}
        </cite>
      ))}
      {technical && (
        <details className="technical-source">
          <summary>{t('technicalSource')}</summary>
          <code>{technical}</code>
        </details>
      )}
    </span>
  );
}
