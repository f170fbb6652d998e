/** Interface texts of the layout, legend, presenter charts, saved-view files, keyboard map and exports (both languages complete). */
export const layoutMessages = {
  nl: {
    legendUnplaced: 'Niet ingedeeld',
    legendFold: 'Legenda verbergen',
    legendUnfold: 'Legenda tonen',
  },
  en: {
    legendUnplaced: 'Not placed',
    legendFold: 'Hide legend',
    legendUnfold: 'Show legend',
  },
} as const;
