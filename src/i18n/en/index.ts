/** All English interface texts: a lazy chunk, loaded when a user switches to English (see loadLanguage). */
import type { Dictionary } from '../messages.ts';
import { analysisEn } from './messages.analysis.ts';
import { coreEn } from './messages.core.ts';
import { exploreEn } from './messages.explore.ts';
import { importEn } from './messages.import.ts';
import { importDialogEn } from './messages.importDialog.ts';
import { incongruenceEn } from './messages.incongruence.ts';
import { layoutEn } from './messages.layout.ts';
import { linkEn } from './messages.link.ts';
import { mapEn } from './messages.map.ts';
import { populationEn } from './messages.population.ts';
import { searchEn } from './messages.search.ts';
import { sourcesEn } from './messages.sources.ts';

export const en: Dictionary = { ...analysisEn, ...importEn, ...importDialogEn, ...coreEn, ...exploreEn, ...incongruenceEn, ...layoutEn, ...linkEn, ...mapEn, ...populationEn, ...searchEn, ...sourcesEn };
