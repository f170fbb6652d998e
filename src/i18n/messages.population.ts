/**
 * Texts that say which population year is shown when the geometry year has no CBS figures of its own.
 * In Dutch; the English is in en/messages.population.ts, loaded when a user switches to English.
 */
export const populationNl = {
  'population.nearer':
    'CBS heeft geen bevolkingscijfers voor {geometryYear}; getoond zijn die van 1 januari {year}, het dichtstbijzijnde jaar, omgerekend naar de gemeenten van {geometryYear}.',
  'population.estimated': 'geschat naar oppervlakte (gemeente later samengevoegd of gesplitst)',
  'population.estimatedMark': '≈',
} as const;
