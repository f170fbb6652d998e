/**
 * The one legend model: what every symbol on the map means, in words, with counts. The screen legend,
 * the SVG/PNG export and the print view all draw from `legendEntries`, so they cannot disagree.
 * Pure: the caller passes the words in the user's language and the colours the map uses.
 */

/** How an entry is drawn: a row of fill colours, a line of a named style, a mark pattern, a blank fill. */
export type LegendSymbol =
  | { kind: 'fills'; colours: readonly string[] }
  | { kind: 'line'; line: 'region' | 'subregion' | 'municipality' | 'highlight' }
  | { kind: 'overlay'; slot: number }
  | { kind: 'mark'; mark: 'hatch' | 'dots' }
  | { kind: 'blank'; colour: string };

/** One legend row: its symbol and its text (count included, e.g. "Niet ingedeeld (3)"). */
export interface LegendEntry {
  id: string;
  symbol: LegendSymbol;
  text: string;
}

/** A set of marked municipalities and what the mark means, in words. */
export interface LegendMark {
  mark: 'hatch' | 'dots';
  label: string;
  count: number;
}

/** The words of the fixed legend rows, already in the user's language. */
export interface LegendWords {
  regions: string;
  regionBorder: string;
  subregionBorder: string;
  municipalBorder: string;
  unplaced: string;
  /** The row of a layer whose member lists the sources do not give ("Indeling onbekend"). */
  membershipUnknown: string;
}

/** What the map shows, as far as the legend needs it. */
export interface LegendInput {
  /** The fill colours the map uses for regions, one per colour index in use. */
  regionColours: readonly string[];
  regionCount: number;
  /** Municipalities without a region in the fill layer (drawn in `unplacedColour`). */
  unplacedCount: number;
  unplacedColour: string;
  /** The sources give no member lists for the layer: every municipality is drawn in `unplacedColour` as unknown, not as unplaced. */
  membersUnknown?: boolean;
  /** Subregion borders are drawn (the layer has subregions and they are switched on). */
  subregions: boolean;
  /** Outlined further divisions, with their line-style slot. */
  overlays: readonly { label: string; slot: number }[];
  marks: readonly LegendMark[];
  /** The heavy outline of the region whose page is open, in words ("Regiopagina: Food Valley"); null when none. */
  highlight?: string | null;
  words: LegendWords;
}

const counted = (label: string, count: number) => `${label} (${count})`;

/**
 * The legend rows in drawing order: region fill, region border, subregion border (when drawn),
 * outlines, marks, municipal border, and "not placed" (only when a municipality is unplaced).
 * A layer without member lists has no regions to show: one row says that its membership is unknown.
 */
export function legendEntries(input: LegendInput): LegendEntry[] {
  const { words } = input;
  const regionRows = (): LegendEntry[] => [
    { id: 'regions', symbol: { kind: 'fills', colours: input.regionColours }, text: counted(words.regions, input.regionCount) },
    { id: 'region-border', symbol: { kind: 'line', line: 'region' }, text: words.regionBorder },
    ...(input.subregions ? [{ id: 'subregion-border', symbol: { kind: 'line', line: 'subregion' }, text: words.subregionBorder } as const] : []),
    ...(input.highlight ? [{ id: 'highlight', symbol: { kind: 'line', line: 'highlight' }, text: input.highlight } as const] : []),
  ];
  const entries: LegendEntry[] = input.membersUnknown
    ? [{ id: 'membership-unknown', symbol: { kind: 'blank', colour: input.unplacedColour }, text: counted(words.membershipUnknown, input.unplacedCount) }]
    : regionRows();
  for (const o of input.overlays) entries.push({ id: `overlay-${o.slot}`, symbol: { kind: 'overlay', slot: o.slot }, text: o.label });
  for (const m of input.marks) if (m.count > 0) entries.push({ id: `mark-${m.mark}`, symbol: { kind: 'mark', mark: m.mark }, text: counted(m.label, m.count) });
  entries.push({ id: 'municipal-border', symbol: { kind: 'line', line: 'municipality' }, text: words.municipalBorder });
  if (input.unplacedCount > 0 && !input.membersUnknown) entries.push({ id: 'unplaced', symbol: { kind: 'blank', colour: input.unplacedColour }, text: counted(words.unplaced, input.unplacedCount) });
  return entries;
}
