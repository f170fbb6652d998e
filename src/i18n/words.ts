/**
 * Words for what the domain returns as codes and values: discrepancy reasons and confidence mixes, in the user's language. Pure functions of the language and the
 * values; the UI and the CSV exports both use them.
 */
import type { DiscrepancyReason } from '../domain/discrepancies.ts';
import { CONFIDENCES, type ConfidenceMix } from '../domain/provenance.ts';
import type { GmCode, Lang } from '../domain/types.ts';
import type { ValidationIssue } from '../domain/validate.ts';
import { formatNumber, translate } from './messages.ts';

/** A municipality's name by code (falls back to the code). */
export type NameOf = (code: GmCode) => string;

/** A discrepancy reason as a sentence in the language. */
export function reasonText(lang: Lang, reason: DiscrepancyReason, nameOf: NameOf): string {
  const t = (key: Parameters<typeof translate>[1], values?: Record<string, string | number>) => translate(lang, key, values);
  const list = (codes: readonly GmCode[]) => codes.map(nameOf).join(', ');
  switch (reason.kind) {
    case 'no-members':
      return t('reason.no-members');
    case 'seed-contradiction':
      return `${reason.explanation[lang]} (${t('likelyCause').toLowerCase()}: ${t(`cause.${reason.cause}`)})`;
    case 'membership-doubt':
      return t(reason.here ? 'reason.membership-doubt.here' : 'reason.membership-doubt.elsewhere', {
        name: nameOf(reason.code),
        other: reason.other,
        confidence: t(`confidence.${reason.confidence}`),
      });
    case 'knowledge-membership':
      return t('reason.knowledge-membership', { name: nameOf(reason.code) });
    case 'additional-membership':
      return t('reason.additional-membership', {
        list: reason.members.map((m) => (m.population === null ? nameOf(m.code) : `${nameOf(m.code)} (${formatNumber(lang, m.population)})`)).join(', '),
      });
    case 'missing-population':
      return t('reason.missing-population', { list: list(reason.codes), year: reason.year ?? '?' });
    case 'reference-date':
      return t(reason.printed ? 'reason.reference-date.printed' : 'reason.reference-date.unprinted', { wanted: reason.wanted, used: reason.used });
    case 'estimated-population':
      return t('reason.estimated-population');
    case 'derived-membership':
      return t('reason.derived-membership', { derived: reason.derived, total: reason.total });
    case 'unexplained':
      return t('reason.unexplained', { kinds: reason.confidences.map((c) => t(`confidence.${c}`)).join('/') });
  }
}

/** A confidence mix in words, e.g. `in de tekst 87, afgeleid 321`; empty values left out. */
export function confidenceMixText(lang: Lang, mix: ConfidenceMix): string {
  return CONFIDENCES.filter((c) => mix[c] > 0)
    .map((c) => `${translate(lang, `confidence.${c}`)} ${formatNumber(lang, mix[c])}`)
    .join(', ');
}

/** A load-time data problem as a sentence (the first eight codes named), for the layer panel and the data overview. */
export function dataIssueText(lang: Lang, issue: Pick<ValidationIssue, 'kind' | 'codes'>, year: number): string {
  const codes = issue.codes.length > 8 ? `${issue.codes.slice(0, 8).join(', ')}, …` : issue.codes.join(', ');
  return translate(lang, `dataIssue.${issue.kind}`, { n: issue.codes.length, year, codes });
}
