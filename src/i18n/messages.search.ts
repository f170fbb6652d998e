/** Texts of the search as people type (issue 10, section 3). */
export const searchMessages = {
  nl: {
    searchLabel: 'Zoek gemeente of regio',
    searchPlaceholder: 'naam of CBS-code',
    searchResults: 'Gevonden gemeenten en regio\'s',
    searchNone: 'Geen gemeente of regio gevonden voor "{query}".',
    searchVia: '{code}, ook "{alias}"',
    searchRegion: "regio, {n} gemeenten",
    searchRegionChosen: 'Regio {region} gekozen: de kaart toont de grootste gemeente, {name}.',
  },
  en: {
    searchLabel: 'Find municipality or region',
    searchPlaceholder: 'name or CBS code',
    searchResults: 'Municipalities and regions found',
    searchNone: 'No municipality or region found for "{query}".',
    searchVia: '{code}, also "{alias}"',
    searchRegion: 'region, {n} municipalities',
    searchRegionChosen: 'Region {region} chosen: the map shows its largest municipality, {name}.',
  },
} as const;
