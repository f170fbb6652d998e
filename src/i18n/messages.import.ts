/** Texts of the data checks, the data-access layer and the import of a round (issue 11). */
export const importMessages = {
  nl: {
    'dataIssue.title': 'Deze laag is niet te vertrouwen',
    'dataIssue.unknown-code': '{n} CBS-code(s) bestaan niet in de gemeenten van {year}: {codes}',
    'dataIssue.missing-municipality': '{n} gemeente(n) van {year} zonder regio (witte vlekken): {codes}',
    'dataIssue.multiple-primary': '{n} gemeente(n) met meer dan één hoofdregio: {codes}',
    'dataIssue.overlap-not-declared': '{n} gemeente(n) in twee regio\'s, terwijl de laag geen overlap meldt: {codes}',
    'dataIssue.region-count': 'aantal regio\'s wijkt af van wat de bron noemt',
    'dataIssue.missing-population': '{n} gemeente(n) zonder CBS-inwonertal: {codes}',
    retry: 'Opnieuw proberen',
    loadTimeout: '{what} antwoordde niet binnen {seconds} seconden',
    loadMalformed: '{what} is onleesbaar: {reason}',
  },
  en: {
    'dataIssue.title': 'This layer cannot be trusted',
    'dataIssue.unknown-code': '{n} CBS code(s) do not exist among the municipalities of {year}: {codes}',
    'dataIssue.missing-municipality': '{n} municipality(ies) of {year} in no region (white spots): {codes}',
    'dataIssue.multiple-primary': '{n} municipality(ies) with more than one primary region: {codes}',
    'dataIssue.overlap-not-declared': '{n} municipality(ies) in two regions, but the layer declares no overlap: {codes}',
    'dataIssue.region-count': 'the number of regions differs from what the source states',
    'dataIssue.missing-population': '{n} municipality(ies) without a CBS population: {codes}',
    retry: 'Try again',
    loadTimeout: '{what} did not answer within {seconds} seconds',
    loadMalformed: '{what} cannot be read: {reason}',
  },
} as const;
