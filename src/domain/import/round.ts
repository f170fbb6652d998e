/**
 * An inventory round a user imported in the browser: a layer record like the shipped ones (marked
 * `imported`), its memberships, and the warnings of its validation report, kept with it.
 */
import type { Layer, Membership } from '../types.ts';

/** One finding of the validation report, with the file row it is on (null for the whole file). */
export interface ReportIssue {
  severity: 'error' | 'warning';
  kind:
    | 'file'
    | 'unknown-municipality'
    | 'ambiguous-municipality'
    | 'duplicate-row'
    | 'two-regions'
    | 'white-spot'
    | 'single-member-region'
    | 'empty-cell'
    | 'followed-merger';
  /** The file row (header = 1, as a spreadsheet numbers it); null for findings about the whole round. */
  row: number | null;
  /** What the user sees, with the cell's text quoted (never rendered as HTML). */
  message: string;
  /** Values the message fills in (name, code, region) so the UI can word it in either language. */
  values: Record<string, string | number>;
}

/** A saved imported round. */
export interface ImportedRound {
  /** The layer as every other layer: `imported: true`, `membershipFile: null`. */
  layer: Layer;
  memberships: Membership[];
  /** The warnings of the report when it was saved (errors block saving, so there are none). */
  warnings: ReportIssue[];
  /** The file it came from. */
  fileName: string;
  /** ISO time of the import (or of the last replacement). */
  importedAt: string;
}
