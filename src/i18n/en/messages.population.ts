/** The English of ../messages.population.ts: every key, no other. */
import type { Texts } from '../texts.ts';
import type { populationNl } from '../messages.population.ts';

export const populationEn: Texts<typeof populationNl> = {
  'population.nearer':
    'CBS has no population figures for {geometryYear}; shown are those of 1 January {year}, the nearest year, carried over to the municipalities of {geometryYear}.',
  'population.estimated': 'estimated by area (the municipality was later merged or split)',
  'population.estimatedMark': '≈',
};
