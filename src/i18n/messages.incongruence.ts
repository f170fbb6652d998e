/**
 * Texts of the incongruence tab and its map marks (issue 10, section 1).
 * In Dutch; the English is in en/messages.incongruence.ts, loaded when a user switches to English.
 */
export const incongruenceNl = {
  'inc.criterion':
    'Per gemeente vergelijken we met welke gemeenten zij in elke gekozen indeling een regio vormt: dezelfde gemeenten, de ene regio helemaal binnen de andere (andere schaal, dezelfde grenzen), of een regio die over de grens van de andere heen gaat (incongruent).',
  'inc.year': 'Gemeentegrenzen van',
  'inc.layers': 'Indelingen om te vergelijken',
  'inc.needTwo': 'Kies minstens twee indelingen van {year}.',
  'inc.keepTwo': 'Er blijven altijd twee indelingen gekozen: vink eerst een derde aan om er een uit te zetten.',
  'inc.summary': 'Van de {total} gemeenten:',
  'inc.count.same': '{n} met dezelfde partners',
  'inc.count.nested': '{n} in een regio die helemaal binnen de andere ligt',
  'inc.count.crossing': '{n} over de grens: {moved} zelf met andere partners, {changed} gebleven terwijl hun regio over de grens gemeenten kreeg of verloor',
  'inc.count.unplaced': '{n} niet in elke indeling ingedeeld',
  'inc.count.multiple': '{n} in twee regio’s tegelijk (ook hierboven meegeteld)',
  'inc.group.moved': 'Over de grens: zelf met andere partners ({n})',
  'inc.group.regionChanged': 'Over de grens: gebleven, maar de regio kreeg of verloor gemeenten ({n})',
  'inc.group.nested': 'Regio helemaal binnen de andere: andere schaal, dezelfde grenzen ({n})',
  'inc.group.same': 'Dezelfde partners ({n})',
  'inc.group.unplaced': 'Niet in elke indeling ingedeeld ({n})',
  'inc.group.multiple': 'In twee regio’s tegelijk ({n})',
  'inc.group.empty': 'Geen.',
  'inc.map': 'Op de kaart: over de grens gearceerd, binnen de andere regio gestippeld.',
  'inc.otherYear': 'De kaart toont gemeentegrenzen van {mapYear}; de markeringen horen bij {year}.',
  'inc.showOnMap': 'Toon {layer} op de kaart',
  'inc.noLayersForYear': 'Voor {year} is maar één indeling met ledenlijst bekend; kies een ander jaar.',
  'inc.listTitle': 'Indeling van elke gemeente vergeleken',
  'inc.csvTitle': 'Vergelijking per gemeente',
  'inc.source': 'berekend uit de ledenlijsten van de gekozen indelingen (bronnen: zie elke indeling)',
  'inc.onlyIn': 'alleen bij {layer}: {names}',
  'inc.nobody': 'geen',
  'inc.distanceTitle': 'Hoe verschillend zijn de partners? (Jaccard-afstand)',
  'inc.distanceExplained':
    'De afstand is het deel van alle partners samen dat niet in beide indelingen partner is: 0 betekent dezelfde partners, 1 geen enkele gedeelde partner. Hieronder de grootste afstand over alle paren van gekozen indelingen, voor de gemeenten over de grens.',
  'inc.distance': 'Afstand',
  'inc.legendCrossing': 'Over de grens (incongruent)',
  'inc.legendNested': 'Regio binnen de andere (andere schaal)',
} as const;
