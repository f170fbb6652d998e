/** Texts that say which population year is shown when the geometry year has no CBS figures of its own. */
export const populationMessages = {
  nl: {
    'population.nearer':
      'CBS heeft geen bevolkingscijfers voor {geometryYear}; getoond zijn die van 1 januari {year}, het dichtstbijzijnde jaar, omgerekend naar de gemeenten van {geometryYear}.',
    'population.estimated': 'geschat naar oppervlakte (gemeente later samengevoegd of gesplitst)',
    'population.estimatedMark': '≈',
  },
  en: {
    'population.nearer':
      'CBS has no population figures for {geometryYear}; shown are those of 1 January {year}, the nearest year, carried over to the municipalities of {geometryYear}.',
    'population.estimated': 'estimated by area (the municipality was later merged or split)',
    'population.estimatedMark': '≈',
  },
} as const;
