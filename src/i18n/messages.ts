import { exploreMessages } from './messages.explore.ts';
import { analysisMessages } from './messages.analysis.ts';
import { layoutMessages } from './messages.layout.ts';
import { sourcesMessages } from './messages.sources.ts';
import { incongruenceMessages } from './messages.incongruence.ts';
import { searchMessages } from './messages.search.ts';
import { mapMessages } from './messages.map.ts';
import { linkMessages } from './messages.link.ts';
import { populationMessages } from './messages.population.ts';

const coreMessages = {
  nl: {
    appTitle: 'Regioscoop',
    appSubtitle: 'Regionale samenwerking van gemeenten, 2011-2015',
    language: 'Taal',
    division: 'Indeling',
    round: 'Ronde of jaar',
    loading: 'Laden…',
    loadingMap: 'Kaart laden…',
    mapLabel: 'Kaart van de gemeenten, gekleurd naar regio',
    municipality: 'Gemeente',
    code: 'CBS-code',
    region: 'Regio',
    regions: "Regio's",
    subregion: 'Subregio',
    members: 'Deelnemende gemeenten',
    population: 'Inwoners',
    populationOn: 'Inwoners op 1 januari {year} (CBS)',
    populationUnknown: 'onbekend',
    total: 'Totaal',
    confidence: 'Zekerheid',
    'confidence.text': 'in de tekst',
    'confidence.derived': 'afgeleid',
    'confidence.knowledge': 'algemene kennis',
    'confidence.official': 'officieel (CBS)',
    source: 'Bron',
    referenceDate: 'Peildatum',
    geometryYear: 'Gemeentegrenzen',
    noSelection: 'Klik op een gemeente of kies er een in de tabel om de regio en de deelnemers te zien.',
    notPlaced: 'Deze gemeente is in deze indeling niet ingedeeld.',
    alsoIn: 'Ook in',
    membershipUnknown: 'De ledenlijst van deze ronde is niet bekend: de bronnen noemen de ronde, maar geven geen gemeenten per regio. Er wordt niets ingevuld.',
    clearSelection: 'Selectie opheffen',
    tableTitle: 'Tabel: gemeenten en hun regio',
    showTable: 'Tabel tonen',
    hideTable: 'Tabel verbergen',
    regionCount: '{n} regio\'s',
    municipalityCount: '{n} gemeenten',
    errorTitle: 'Er ging iets mis',
    linkNotice: 'De link kon niet worden gelezen (waarde {reason} wordt niet herkend); de standaardweergave is geopend.',
    dismiss: 'Sluiten',
    credit: 'Grenzen: CBS/Kadaster (CC BY 4.0). Regio\'s: VNG-inventarisaties 2013, CJG-rapport 2011, CBS-indelingen.',
    legend: 'Legenda',
    regionBorders: 'Regiogrens',
    municipalityBorders: 'Gemeentegrens',
  },
  en: {
    appTitle: 'Regioscoop',
    appSubtitle: 'Regional cooperation of Dutch municipalities, 2011-2015',
    language: 'Language',
    division: 'Division',
    round: 'Round or year',
    loading: 'Loading…',
    loadingMap: 'Loading map…',
    mapLabel: 'Map of the municipalities, coloured by region',
    municipality: 'Municipality',
    code: 'CBS code',
    region: 'Region',
    regions: 'Regions',
    subregion: 'Subregion',
    members: 'Member municipalities',
    population: 'Population',
    populationOn: 'Population on 1 January {year} (CBS)',
    populationUnknown: 'unknown',
    total: 'Total',
    confidence: 'Confidence',
    'confidence.text': 'stated in the text',
    'confidence.derived': 'derived',
    'confidence.knowledge': 'general knowledge',
    'confidence.official': 'official (CBS)',
    source: 'Source',
    referenceDate: 'Reference date',
    geometryYear: 'Municipal boundaries',
    noSelection: 'Click a municipality or choose one in the table to see its region and members.',
    notPlaced: 'This municipality has no region in this division.',
    alsoIn: 'Also in',
    membershipUnknown: 'The member list of this round is not known: the sources name the round but give no municipalities per region. Nothing is filled in.',
    clearSelection: 'Clear selection',
    tableTitle: 'Table: municipalities and their region',
    showTable: 'Show table',
    hideTable: 'Hide table',
    regionCount: '{n} regions',
    municipalityCount: '{n} municipalities',
    errorTitle: 'Something went wrong',
    linkNotice: 'The link could not be read (value {reason} is not recognised); the default view was opened.',
    dismiss: 'Close',
    credit: 'Boundaries: CBS/Kadaster (CC BY 4.0). Regions: VNG inventories 2013, CJG report 2011, CBS divisions.',
    legend: 'Legend',
    regionBorders: 'Region border',
    municipalityBorders: 'Municipal border',
  },
} as const;

/** Interface texts in Dutch (default) and English. Keys are shared; both languages are complete. */
export const messages = {
  nl: { ...coreMessages.nl, ...exploreMessages.nl, ...analysisMessages.nl, ...mapMessages.nl, ...layoutMessages.nl, ...linkMessages.nl, ...incongruenceMessages.nl, ...searchMessages.nl, ...sourcesMessages.nl, ...populationMessages.nl },
  en: { ...coreMessages.en, ...exploreMessages.en, ...analysisMessages.en, ...mapMessages.en, ...layoutMessages.en, ...linkMessages.en, ...incongruenceMessages.en, ...searchMessages.en, ...sourcesMessages.en, ...populationMessages.en },
};

/** An interface language. */
export type Lang = keyof typeof messages;
/** A message key. */
export type MessageKey = keyof (typeof messages)['nl'];

/** Looks up a message and fills in {placeholders}. */
export function translate(lang: Lang, key: MessageKey, values: Record<string, string | number> = {}): string {
  const template: string = messages[lang][key] ?? messages.nl[key];
  return template.replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? `{${name}}`));
}

/** Formats a share (0-1) as a percentage the way the language writes it: `55,4 %` / `55.4 %`. */
export function formatPercent(lang: Lang, share: number, digits = 1): string {
  return `${(share * 100).toLocaleString(lang === 'nl' ? 'nl-NL' : 'en-GB', { minimumFractionDigits: digits, maximumFractionDigits: digits })} %`;
}

const numberFormats = { nl: new Intl.NumberFormat('nl-NL'), en: new Intl.NumberFormat('en-GB') };

/** Formats a whole number the way the language writes it (16.779.575 / 16,779,575); one formatter per language. */
export function formatNumber(lang: Lang, value: number): string {
  return numberFormats[lang].format(value);
}
