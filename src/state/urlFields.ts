/**
 * Reading a link field by field: each parameter is checked on its own, a bad one is dropped (and
 * reported) while the others still open. The checks are those of the UI: a link may only ask for
 * what the controls could have set (a round whose members are known, an opacity step of the slider).
 */

/**
 * The parameters a link may carry. Another field (the camera of issue 8 came this way) needs its
 * writer in url.ts viewToHash, its reader in url.ts readFields, its name here and in messages.link.ts.
 */
export const LINK_FIELDS: ReadonlySet<string> = new Set(['v', 'layer', 'lang', 'sel', 'table', 'tab', 'cmp', 'ref', 'chart', 'ovl', 'ov', 'sub', 'op', 'rnd', 'lbl', 'cam', 'region']);

/** Why a field of a link was left out. */
export type DropReason =
  | 'unknownVersion'
  | 'unknownLayer'
  | 'membersUnknown'
  | 'unknownLanguage'
  | 'notACode'
  | 'notARegionId'
  | 'notAChoice'
  | 'notANumber'
  | 'notACamera'
  | 'outOfRange'
  | 'notInLayer'
  | 'notInYear'
  | 'notASwitch'
  | 'repeated'
  | 'tooMany'
  | 'notComparable'
  | 'otherGeometryYear'
  | 'needsTwo'
  | 'unknownField';

/** A field (or one item of a list field) that a link asked for and the view does not show. */
export interface DroppedField {
  /** The URL parameter, e.g. `ov`. */
  field: string;
  /** What the link said (may be long or hostile: quote it shortened, see `quoteValue`). */
  value: string;
  reason: DropReason;
}

/** Collects dropped fields while a link is read. */
export class DropList {
  readonly items: DroppedField[] = [];
  drop(field: string, value: string, reason: DropReason): void {
    this.items.push({ field, value, reason });
  }
}

/**
 * A whole number written as plain decimal digits (`45`, not `0x2d`, `4.5e1`, ` 45` or `045`);
 * null for anything else. Number() alone accepts hexadecimal, exponents and blanks.
 */
export function strictInteger(text: string): number | null {
  return /^(0|[1-9]\d{0,5})$/.test(text) ? Number(text) : null;
}

/**
 * Why an opacity-like value is not a step: a plain whole number (also a negative one) is out of
 * range, anything else is not a whole number.
 */
export function integerProblem(text: string): 'notANumber' | 'outOfRange' {
  return /^-?(0|[1-9]\d*)$/.test(text) ? 'outOfRange' : 'notANumber';
}

/** Keeps the first value of every parameter; a repeated one (`op=45&op=50`) is dropped and reported. */
export function firstValues(params: URLSearchParams, drops: DropList): URLSearchParams {
  const first = new URLSearchParams();
  for (const [key, value] of params) {
    if (first.has(key)) drops.drop(key, value, 'repeated');
    else first.set(key, value);
  }
  return first;
}

/** A switch written `0` or `1`; null for anything else. */
export function strictSwitch(text: string): boolean | null {
  return text === '1' ? true : text === '0' ? false : null;
}

/** The longest piece of a link's value that a notice quotes. */
export const QUOTE_LIMIT = 40;

/**
 * A value as a notice quotes it: at most QUOTE_LIMIT characters, control characters removed, and
 * the bidirectional marks and overrides too (U+202E in a link would turn the notice around it).
 */
export function quoteValue(value: string): string {
  // eslint-disable-next-line no-control-regex
  const clean = value.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, ' ').replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '');
  return clean.length > QUOTE_LIMIT ? `${clean.slice(0, QUOTE_LIMIT - 1)}…` : clean;
}

/** The items of a comma-separated list field (an empty value is an empty list). */
export function listItems(text: string): string[] {
  return text === '' ? [] : text.split(',');
}
