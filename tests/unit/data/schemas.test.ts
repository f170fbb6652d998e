import { describe, expect, it } from 'vitest';
import { DataFormatError, parseLayers, parseMemberships, parsePopulation } from '../../../src/data/parse.ts';
import { checkLoadedLayer } from '../../../src/domain/validate.ts';
import { loadLayer, loadMunicipalities, loadPopulation, projectRoot } from '../realData.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { GmCode } from '../../../src/domain/types.ts';

const read = (path: string) => readFileSync(join(projectRoot, 'data', path), 'utf8');
const HEADER = 'gm_code,region_id,region_name,subregion_id,subregion_name,primary,source_document,source_section,confidence,note';
const row = (code: string, region = 'r-a') => `${code},${region},A,,,yes,doc,sec,text,`;

describe('data files are read with one schema per format', () => {
  it('reads every shipped layer record with the layer schema', () => {
    expect(parseLayers(JSON.parse(read('layers.json'))).length).toBeGreaterThan(40);
  });
  it('rejects a layer record with a bad kind, naming the layer', () => {
    const doc = JSON.parse(read('layers.json'));
    doc.layers[2].kind = 'round';
    expect(() => parseLayers(doc)).toThrow(/layer 2 \(.+\): kind must be inventory or division/);
  });
  it('rejects a membership row repeating a municipality and region, naming both rows', () => {
    const text = [HEADER, row('GM0001'), row('GM0002'), row('GM0001')].join('\n');
    expect(() => parseMemberships(text, 'x')).toThrow(/row 4: repeats row 2/);
  });
  it('rejects a code that is not GMxxxx and an unknown confidence, with the row', () => {
    expect(() => parseMemberships([HEADER, row('GM0001'), row('0002')].join('\n'), 'x')).toThrow(/row 3: .*"0002" is not a CBS code/);
    expect(() => parseMemberships([HEADER, row('GM0001').replace('text', 'guess')].join('\n'), 'x')).toThrow(/row 2: .*unknown confidence "guess"/);
  });
  it('rejects an empty population cell instead of reading it as 0', () => {
    const text = 'gm_code,gm_name,year,population,source\nGM0003,Appingedam,2012,12053,CBS\nGM0005,Bedum,2012,,CBS\n';
    expect(() => parsePopulation(text)).toThrow(/row 3: empty population/);
  });
  it('rejects a population row repeating a municipality and year (it would count it twice)', () => {
    const text = 'gm_code,gm_name,year,population,source\nGM0003,Appingedam,2012,12053,CBS\nGM0003,Appingedam,2012,12053,CBS\n';
    let error: unknown;
    try {
      parsePopulation(text);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DataFormatError);
    expect((error as DataFormatError).row).toBe(3);
  });
});

describe('the content check the app runs when it loads a layer', () => {
  const layer = loadLayer('jeugd_2013_10');
  const codes = new Set(loadMunicipalities(2013).map((m) => m.code));
  const population = loadPopulation(2013);
  const memberships = parseMemberships(read('memberships/jeugd_2013_10.csv'), layer.id);

  it('finds nothing wrong with the shipped youth round of October 2013', () => {
    expect(checkLoadedLayer(layer, memberships, codes, population)).toEqual([]);
  });
  it('reports a file cut at a line boundary as white spots, naming the lost municipalities', () => {
    const lines = read('memberships/jeugd_2013_10.csv').trimEnd().split('\n');
    const cut = parseMemberships(lines.slice(0, -3).join('\n'), layer.id);
    const lost = lines.slice(-3).map((l) => l.split(',')[0]);
    const issues = checkLoadedLayer(layer, cut, codes, population);
    expect(issues.map((i) => i.kind)).toContain('missing-municipality');
    expect(issues.find((i) => i.kind === 'missing-municipality')!.codes).toEqual(expect.arrayContaining(lost));
  });
  it('reports an unknown code', () => {
    const withUnknown = [...memberships, { ...memberships[0], code: 'GM9999' as GmCode, primary: false }];
    expect(checkLoadedLayer(layer, withUnknown, codes, population).map((i) => [i.kind, i.codes])).toContainEqual(['unknown-code', ['GM9999']]);
  });
  it('reports municipalities without a population when the population file was cut short', () => {
    const short = new Map([...population].slice(0, -2));
    const issue = checkLoadedLayer(layer, memberships, codes, short).find((i) => i.kind === 'missing-population');
    expect(issue?.codes.length).toBe(2);
  });
});
