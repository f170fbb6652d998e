/** The English of ../messages.search.ts: every key, no other. */
import type { Texts } from '../texts.ts';
import type { searchNl } from '../messages.search.ts';

export const searchEn: Texts<typeof searchNl> = {
  searchLabel: 'Find municipality or region',
  searchPlaceholder: 'name or CBS code',
  searchResults: 'Municipalities and regions found',
  searchNone: 'No municipality or region found for "{query}".',
  searchVia: '{code}, also "{alias}"',
  searchRegion: 'region, {n} municipalities',
  searchRegionChosen: 'Region {region} chosen: the map shows its largest municipality, {name}.',
};
