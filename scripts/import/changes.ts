/**
 * Municipal mergers and splits between consecutive geometry years, derived from the app's
 * topologies (generated/geo, written by `npm run geo` from CBS geometry): for every municipality
 * whose code disappears, the share of its area in each municipality of the next year. Pieces under
 * MIN_SHARE are dropped: the generalised CBS layers of consecutive years differ by up to a few per
 * cent along unchanged borders (measured up to 4.7 % for Skarsterlân/Heerenveen).
 */
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { area } from '@turf/area';
import { bbox } from '@turf/bbox';
import { featureCollection } from '@turf/helpers';
import { intersect } from '@turf/intersect';
import type { MunicipalityProps } from '../../src/data/topology.ts';
import type { Row } from './io.ts';

/** A municipality of one geometry year with its polygon. */
export type MunicipalityFeature = Feature<Polygon | MultiPolygon, MunicipalityProps>;

/** The smallest area share kept as a real piece of a merger or split. */
export const MIN_SHARE = 0.05;

const round4 = (x: number) => Math.round(x * 10000) / 10000;

/** The successors CBS's gap-fill file names (`successor municipality GMxxxx` in its method), by `year code`. */
export function successorsInFill(fillRows: readonly Row[]): Map<string, string> {
  const successorOf = new Map<string, string>();
  for (const r of fillRows) {
    const m = /successor municipality (GM\d{4})/.exec(r.method);
    if (m) successorOf.set(`${r.year} ${r.gm_code}`, m[1]);
  }
  return successorOf;
}

/** The pieces of every municipality of `year` whose code is gone in `year + 1`, largest first. */
export function changesBetween(year: number, before: readonly MunicipalityFeature[], after: readonly MunicipalityFeature[]): Row[] {
  const afterCodes = new Set(after.map((f) => f.properties.code));
  const boxes = after.map((f) => bbox(f));
  const rows: Row[] = [];
  for (const from of before.filter((f) => !afterCodes.has(f.properties.code))) {
    const box = bbox(from);
    const fromArea = area(from);
    const pieces = [];
    for (const [i, to] of after.entries()) {
      const b = boxes[i];
      if (b[0] > box[2] || b[2] < box[0] || b[1] > box[3] || b[3] < box[1]) continue;
      const shared = intersect(featureCollection([from, to]));
      if (!shared) continue;
      const sharedArea = area(shared);
      if (sharedArea / fromArea >= MIN_SHARE) pieces.push({ to, share: sharedArea / fromArea, toShare: sharedArea / area(to) });
    }
    if (!pieces.length) throw new Error(`${from.properties.code} (${year}) lies in no municipality of ${year + 1}`);
    pieces.sort((a, b) => b.share - a.share);
    for (const [i, p] of pieces.entries()) {
      rows.push({
        from_year: String(year),
        from_code: from.properties.code,
        from_name: from.properties.name,
        to_year: String(year + 1),
        to_code: p.to.properties.code,
        to_name: p.to.properties.name,
        area_share: String(round4(p.share)),
        source: `CBS gebiedsindelingen gemeente_${year} and gemeente_${year + 1} (generated/geo), area of intersection (@turf/intersect)`,
        to_area_share: String(round4(p.toShare)),
        successor_check: i === 0 ? '' : 'not the largest piece',
      });
    }
  }
  return rows;
}

/**
 * Cross-check: following the largest piece up to `lastYear` must reach the successor CBS's gap-fill
 * file names; the rows say whether it agrees. Throws on a disagreement.
 */
export function checkSuccessors(changes: Row[], successorOf: ReadonlyMap<string, string>, lastYear: number): Row[] {
  const largest = new Map(changes.filter((c) => c.successor_check === '').map((c) => [`${c.from_year} ${c.from_code}`, c]));
  const checked = new Map<Row, string>();
  for (const [key, expected] of successorOf) {
    const [year, startCode] = key.split(' ');
    let code = startCode;
    for (let y = Number(year); y < lastYear; y++) {
      const next = largest.get(`${y} ${code}`);
      if (next) code = next.to_code;
    }
    if (code !== expected) throw new Error(`municipal changes: ${key} ends in ${code} in ${lastYear}, CBS fill names ${expected}`);
    const first = largest.get(key);
    if (first) checked.set(first, `agrees with CBS fill successor ${expected}`);
  }
  return changes
    .map((c): Row => ({ ...c, successor_check: c.successor_check || checked.get(c) || 'no successor note in CBS fill' }))
    .sort((a, b) => Number(a.from_year) - Number(b.from_year) || a.from_code.localeCompare(b.from_code) || Number(b.area_share) - Number(a.area_share));
}
