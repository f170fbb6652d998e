/**
 * Link versions. A link carries `v=N`; when the format changes, URL_VERSION goes up and a step in
 * LINK_MIGRATIONS rewrites the parameters of version N to those of N+1, so every link ever shared
 * keeps opening (tests/unit/fixtures/links-v1.json holds real links of version 1).
 *
 * Version 1 is the only one so far: it grew by optional parameters only (outlines, analysis, labels,
 * camera), each with a default when absent, so no step was needed. To add version 2: write the step
 * `1: (p) => ...` here, raise URL_VERSION, and add fixtures of version-2 links.
 */
import { DropList, strictInteger } from './urlFields.ts';

/** The current version of the link format. */
export const URL_VERSION = 1;

/** A step from the parameters of one version (the key) to those of the next. */
export type LinkMigration = (params: URLSearchParams) => URLSearchParams;

/** The steps, by the version they start from. */
export const LINK_MIGRATIONS: Readonly<Record<number, LinkMigration>> = {};

/**
 * Brings a link's parameters to the current version. A missing, malformed or future version is read
 * as the current one (field by field, so what still fits opens) and reported.
 */
export function migrateParams(
  params: URLSearchParams,
  drops: DropList,
  migrations: Readonly<Record<number, LinkMigration>> = LINK_MIGRATIONS,
  current: number = URL_VERSION,
): URLSearchParams {
  const text = params.get('v');
  const version = text === null ? null : strictInteger(text);
  if (version === null || version < 1 || version > current) {
    drops.drop('v', text ?? '', 'unknownVersion');
    return params;
  }
  let migrated = params;
  for (let v = version; v < current; v++) {
    const step = migrations[v];
    if (!step) {
      drops.drop('v', text!, 'unknownVersion');
      return migrated;
    }
    migrated = step(new URLSearchParams(migrated));
  }
  return migrated;
}
