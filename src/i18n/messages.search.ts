/**
 * Texts of the search as people type (issue 10, section 3).
 * In Dutch; the English is in en/messages.search.ts, loaded when a user switches to English.
 */
export const searchNl = {
  searchLabel: 'Zoek gemeente of regio',
  searchPlaceholder: 'naam of CBS-code',
  searchResults: 'Gevonden gemeenten en regio\'s',
  searchNone: 'Geen gemeente of regio gevonden voor "{query}".',
  searchVia: '{code}, ook "{alias}"',
  searchRegion: "regio, {n} gemeenten",
  searchRegionChosen: 'Regio {region} gekozen: de kaart toont de grootste gemeente, {name}.',
} as const;
