/** The English of ../messages.incongruence.ts: every key, no other. */
import type { Texts } from '../texts.ts';
import type { incongruenceNl } from '../messages.incongruence.ts';

export const incongruenceEn: Texts<typeof incongruenceNl> = {
  'inc.criterion':
    'For each municipality we compare which municipalities it forms a region with in each chosen division: the same ones, one region lying wholly inside the other (another scale, the same borders), or a region that crosses the other’s border (incongruent).',
  'inc.year': 'Municipal boundaries of',
  'inc.layers': 'Divisions to compare',
  'inc.needTwo': 'Choose at least two divisions of {year}.',
  'inc.keepTwo': 'Two divisions always stay chosen: tick a third one first to untick one of these.',
  'inc.summary': 'Of the {total} municipalities:',
  'inc.count.same': '{n} with the same partners',
  'inc.count.nested': '{n} in a region lying wholly inside the other',
  'inc.count.crossing': '{n} crossing the border: {moved} themselves with other partners, {changed} stayed while their region gained or lost municipalities across the border',
  'inc.count.unplaced': '{n} not placed in every division',
  'inc.count.multiple': '{n} in two regions at once (also counted above)',
  'inc.group.moved': 'Crossing: itself with other partners ({n})',
  'inc.group.regionChanged': 'Crossing: stayed, but its region gained or lost municipalities ({n})',
  'inc.group.nested': 'Region wholly inside the other: another scale, the same borders ({n})',
  'inc.group.same': 'Same partners ({n})',
  'inc.group.unplaced': 'Not placed in every division ({n})',
  'inc.group.multiple': 'In two regions at once ({n})',
  'inc.group.empty': 'None.',
  'inc.map': 'On the map: crossing hatched, inside the other region dotted.',
  'inc.otherYear': 'The map shows municipal boundaries of {mapYear}; the marks belong to {year}.',
  'inc.showOnMap': 'Show {layer} on the map',
  'inc.noLayersForYear': 'Only one division with member lists is known for {year}; choose another year.',
  'inc.listTitle': 'Each municipality’s division compared',
  'inc.csvTitle': 'Comparison per municipality',
  'inc.source': 'computed from the member lists of the chosen divisions (sources: see each division)',
  'inc.onlyIn': 'only with {layer}: {names}',
  'inc.nobody': 'none',
  'inc.distanceTitle': 'How different are the partners? (Jaccard distance)',
  'inc.distanceExplained':
    'The distance is the share of all partners together that are not partners in both divisions: 0 means the same partners, 1 no shared partner at all. Below, the largest distance over all pairs of chosen divisions, for the crossing municipalities.',
  'inc.distance': 'Distance',
  'inc.legendCrossing': 'Crossing the border (incongruent)',
  'inc.legendNested': 'Region inside the other (another scale)',
};
