/** Where one membership comes from: confidence, cited source, evidence and note, and a doubt's two readings. */
import type { Membership } from '../domain/types.ts';
import { useT } from '../i18n/useT.ts';
import { SourceCitation } from './SourceCitation.tsx';

/** The provenance block of a membership in the user's language. */
export function MembershipProvenance({ membership: m }: { membership: Membership }) {
  const { t, lang } = useT();
  return (
    <div className="provenance" data-testid="membership-provenance">
      <p>
        {t('confidence')}: {t(`confidence.${m.confidence}`)}
      </p>
      {/* A div: the citation may hold a <details> (the technical source), which a <p> cannot. */}
      <div>
        {t('source')}: <SourceCitation source={m.source} />
      </div>
      {m.evidence?.[lang] && (
        <p data-testid="membership-evidence">
          {t('evidence')}: {m.evidence[lang]}
        </p>
      )}
      {m.note?.[lang] && (
        <p data-testid="membership-note">
          {t('note')}: {m.note[lang]}
        </p>
      )}
      {m.alternativeRegion && (
        <div className="doubt" role="note" data-testid="membership-doubt">
          <strong>{t('doubts')}</strong>
          <ul>
            <li>{t('doubtPlaced', { region: m.regionName })}</li>
            <li>{t('doubtAlternative', { other: m.alternativeRegion })}</li>
          </ul>
        </div>
      )}
    </div>
  );
}
