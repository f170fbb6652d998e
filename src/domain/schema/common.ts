/**
 * Building blocks of the data-file schemas (valibot: no eval, so they run under a strict CSP).
 * A CSV row reaches a schema as a record of strings keyed by the header; each cell schema checks
 * and converts one string.
 */
import * as v from 'valibot';

/** The CBS code of a municipality, e.g. GM0363 (Amsterdam). */
export const GmCodeSchema = v.pipe(
  v.string(),
  v.regex(/^GM\d{4}$/, (issue) => `"${String(issue.input)}" is not a CBS code (GMxxxx)`),
  v.transform((s) => s as `GM${string}`),
);

/** A cell that must not be empty. */
export const RequiredCell = (what: string) => v.pipe(v.string(), v.trim(), v.nonEmpty(`empty ${what}`));

/** A cell a file may leave out or leave empty. */
export const OptionalCell = v.optional(v.string(), '');

/** A whole number >= 0 written with digits only (no thousands separators, not empty). */
export const CountCell = (what: string) =>
  v.pipe(
    v.string(),
    v.nonEmpty(`empty ${what}`),
    v.regex(/^\d+$/, (issue) => `${what} "${String(issue.input)}" is not a whole number`),
    v.transform(Number),
  );

/** A number, or null for an empty cell. */
export const NumberOrNullCell = (what: string) =>
  v.pipe(
    v.string(),
    v.transform((s) => (s === '' ? null : Number(s))),
    v.check((n) => n === null || Number.isFinite(n), `${what} is not a number`),
  );

/** A number; an empty cell is an error. */
export const NumberCell = (what: string) =>
  v.pipe(v.string(), v.nonEmpty(`empty ${what}`), v.transform(Number), v.check((n) => Number.isFinite(n), `${what} is not a number`));

/** Text in both interface languages. */
export const LocalTextSchema = v.object({ nl: v.string(), en: v.string() });

/**
 * How sure a membership row is: `text` (a source document names it), `derived` (combined from
 * statements in the sources), `knowledge` (general knowledge), `official` (a CBS division table).
 */
export const ConfidenceSchema = v.picklist(['text', 'derived', 'knowledge', 'official'], (issue) => `unknown confidence "${String(issue.input)}"`);

/** Where a record comes from: a seed document and section, or a CBS table and year. */
export const SourceSchema = v.object({ document: v.string(), section: v.optional(v.string()) });

/** A source from two cells: the section is left out when empty. */
export function sourceOf(document: string, section: string): v.InferOutput<typeof SourceSchema> {
  return section ? { document, section } : { document };
}

/** The first problem a schema found, as one line with the column it is in. */
export function describeIssue(issue: v.BaseIssue<unknown>): { column: string | null; message: string } {
  const last = issue.path?.at(-1)?.key;
  const key = last === undefined ? null : String(last);
  const message = issue.kind === 'schema' && issue.expected && key && issue.received === 'undefined' ? `missing column ${key}` : issue.message;
  return { column: key, message: key && !message.includes(key) ? `${key}: ${message}` : message };
}
