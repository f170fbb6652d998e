import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { prepareTopology, GeoSourceError, GEOMETRY_YEARS } from '../../geo/topology.ts';
import { geometryYears } from '../../src/data/fileUrls.ts';
import { projectRoot, loadTopology } from './realData.ts';

const square = (code: string, name: string, arc: number) => ({ type: 'Polygon', arcs: [[arc]], properties: { statcode: code, statnaam: name, rubriek: 'gemeente', FID: 'x' } });
const topology = (geometries: unknown[]) => ({
  type: 'Topology',
  arcs: [[[0, 0], [1, 0], [0, 1], [-1, 0], [0, -1]], [[2, 0], [1, 0], [0, 1], [-1, 0], [0, -1]]],
  objects: { gemeente_2099: { type: 'GeometryCollection', geometries } },
});

describe('the geometry years', () => {
  it('the app offers (import dialog, name matching) exactly the years the geo build writes', () => {
    expect(geometryYears).toEqual(GEOMETRY_YEARS);
    expect(GEOMETRY_YEARS).toEqual([2011, 2012, 2013, 2014, 2015]);
  });
});

describe('geo build: preparing a CBS topology', () => {
  it('keeps only code and name per municipality under one object', () => {
    const out = prepareTopology(topology([square('GM0001', 'A', 0), square('GM0002', 'B', 1)]), 2099);
    expect(Object.keys(out.objects)).toEqual(['municipalities']);
    expect(out.objects.municipalities.geometries.map((g) => g.properties)).toEqual([{ code: 'GM0001', name: 'A' }, { code: 'GM0002', name: 'B' }]);
  });
  it('stops when the municipality count differs from CBS\'s count for the year', () => {
    expect(() => prepareTopology(topology([square('GM0001', 'A', 0)]), 2013)).toThrow(/1 municipalities, CBS counts 408 for 2013/);
  });
  it('stops on a file that is not a topology, or a geometry without a CBS code', () => {
    expect(() => prepareTopology({ type: 'FeatureCollection' }, 2099)).toThrow(GeoSourceError);
    expect(() => prepareTopology(topology([square('0001', 'A', 0)]), 2099)).toThrow(/statcode/);
    expect(() => prepareTopology(topology([square('GM0001', 'A', 0), square('GM0001', 'B', 1)]), 2099)).toThrow(/twice/);
  });
  it('wrote 408 municipalities for 2013 with CBS codes, Amsterdam among them', () => {
    const geometries = loadTopology(2013).objects.municipalities.geometries;
    expect(geometries).toHaveLength(408);
    expect(geometries.map((g) => (g.properties as { code: string; name: string })).find((p) => p.code === 'GM0363')?.name).toBe('Amsterdam');
  });
});

describe('geo build: the command', () => {
  const run = (dir: string) =>
    spawnSync(process.execPath, ['--import', 'tsx', join(projectRoot, 'geo', 'build.ts')], {
      env: { ...process.env, REGIOSCOOP_GEO_DIR: dir },
      encoding: 'utf8',
    });
  it('names the expected path and the environment variable when the source is missing', () => {
    const result = run('/nonexistent/geo');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('/nonexistent/geo');
    expect(result.stderr).toContain('REGIOSCOOP_GEO_DIR');
  });
  it('names the malformed file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'geo-'));
    mkdirSync(join(dir, 'cbs'));
    writeFileSync(join(dir, 'cbs', 'gemeente_2011.topojson'), '{ not json');
    const result = run(dir);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/gemeente_2011\.topojson is not valid JSON/);
  });
});
