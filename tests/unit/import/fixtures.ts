/** Shared inputs of the import specs: the real municipalities of 2011-2015 and a real round as a file. */
import { toCsv } from '../../../src/data/csv.ts';
import type { ImportContext, ImportMetadata } from '../../../src/domain/import/analyse.ts';
import { loadMemberships, loadMunicipalChanges, loadMunicipalities, loadSearchAliases } from '../realData.ts';

/** The context the browser builds: municipalities of every geometry year, municipal changes. */
export const context: ImportContext = {
  municipalitiesByYear: new Map([2011, 2012, 2013, 2014, 2015].map((y) => [y, loadMunicipalities(y)])),
  changes: loadMunicipalChanges(),
  aliases: loadSearchAliases(),
};

/** Metadata as a user would fill it in. */
export const metadata: ImportMetadata = {
  title: 'Jeugdregio’s oktober 2013 (eigen bestand)',
  domain: 'jeugd',
  referenceDate: '2013-10-31',
  geometryYear: 2013,
  source: 'VNG, Vierde inventarisatie regionale samenwerking jeugd, 31 oktober 2013',
  confidence: 'text',
  allowsOverlap: false,
};

/** The youth round of 31 October 2013 as Dutch Excel writes it: semicolons, names, no codes. */
export function youthOct2013AsNames(): { text: string; rows: { Gemeente: string; Jeugdregio: string }[] } {
  const names = new Map(loadMunicipalities(2013).map((m) => [m.code, m.name]));
  const rows = loadMemberships('jeugd_2013_10')
    .filter((m) => m.primary)
    .map((m) => ({ Gemeente: names.get(m.code)!, Jeugdregio: m.regionName }));
  return { text: '\ufeff' + toCsv(['Gemeente', 'Jeugdregio'], rows, ';'), rows };
}
