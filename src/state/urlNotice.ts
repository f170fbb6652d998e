/**
 * The notice for a link that asked for things the view cannot show, in the user's language: a chunk
 * of its own with its texts, not in the first load (it comes when a link is not opened whole, or
 * with the saved views at the first idle moment after the map).
 */
import '../i18n/messages.linkTexts.ts';
import { translate, type Lang, type MessageKey } from '../i18n/messages.ts';
import { LINK_FIELDS, quoteValue, type DroppedField } from './urlFields.ts';
import { URL_VERSION } from './urlMigrations.ts';
import type { SkippedView } from './savedViewsFile.ts';

/** How many dropped fields a notice names; the rest are counted. */
const LISTED = 5;

/** 'omlijning "ggd_2099" (onbekende indeling); ...': the fields a link cannot open, at most five named. */
export function droppedFieldsText(lang: Lang, dropped: readonly DroppedField[]): string {
  const item = (d: DroppedField) =>
    !LINK_FIELDS.has(d.field)
      ? translate(lang, d.field === '' ? 'link.unnamedField' : 'link.unknownField', { name: quoteValue(d.field), value: quoteValue(d.value) })
      : translate(lang, 'link.item', {
          field: translate(lang, `link.field.${d.field}` as MessageKey),
          value: quoteValue(d.value),
          reason: translate(lang, `link.reason.${d.reason}` as MessageKey, { version: URL_VERSION }),
        });
  const items = dropped.slice(0, LISTED).map(item);
  if (dropped.length > LISTED) items.push(translate(lang, 'link.more', { n: dropped.length - LISTED }));
  return items.join('; ');
}

/** "Niet alles uit de link kon worden geopend. Weggelaten: omlijning "ggd_2099" (onbekende indeling)." */
export function linkNotice(lang: Lang, dropped: readonly DroppedField[]): string | null {
  if (dropped.length === 0) return null;
  return translate(lang, 'link.dropped', { items: droppedFieldsText(lang, dropped) });
}

/** The whole notice of a link: the imported layers it names that this browser lacks, then the fields left out; null when it opened whole. */
export function linkNoticeWithImports(lang: Lang, dropped: readonly DroppedField[], missingImported: readonly string[] | undefined): string | null {
  const missing = missingImported?.length ? translate(lang, 'link.missingImported', { id: missingImported.join('", "') }) : null;
  return [missing, linkNotice(lang, dropped)].filter(Boolean).join(' ') || null;
}

/** A view of a saved-views file that was left out, with why: "Noordpool: de camerastand is ongeldig". */
export function skippedViewText(lang: Lang, skipped: SkippedView): string {
  const why =
    skipped.reason === 'link'
      ? translate(lang, 'savedSkip.link', { fields: droppedFieldsText(lang, skipped.dropped ?? []) })
      : translate(lang, `savedSkip.${skipped.reason}` as MessageKey, { chart: quoteValue(skipped.chart ?? '') });
  return `${quoteValue(skipped.title)}: ${why}`;
}
