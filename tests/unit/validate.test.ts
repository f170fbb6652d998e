import { describe, expect, it } from 'vitest';
import { membershipFindings, validateLayer } from '../../src/domain/validate.ts';
import type { GmCode, Layer, Membership } from '../../src/domain/types.ts';

const layer = (over: Partial<Layer> = {}): Layer => ({
  id: 'test', kind: 'inventory', domain: 'jeugd', label: { nl: 't', en: 't' }, referenceDate: '2013',
  geometryYear: 2013, source: { document: 'x' }, membershipStatus: 'complete', membershipFile: 'x.csv',
  expectedRegions: 2, allowsOverlap: false, ...over,
});
const m = (code: string, regionId: string, primary = true): Membership => ({
  layerId: 'test', code: code as GmCode, regionId, regionName: regionId, primary, source: { document: 'x' }, confidence: 'text',
});
const five = new Set(['GM0001', 'GM0002', 'GM0003', 'GM0004', 'GM0005'] as GmCode[]);
const clean = [m('GM0001', 'A'), m('GM0002', 'A'), m('GM0003', 'B'), m('GM0004', 'B'), m('GM0005', 'B')];

describe('validateLayer', () => {
  it('accepts a complete partition with the stated number of regions', () => {
    expect(validateLayer(layer(), clean, five)).toEqual([]);
  });
  it('reports a municipality with only a non-primary row among the white spots', () => {
    const issues = validateLayer(layer({ allowsOverlap: true }), [...clean.slice(0, 4), m('GM0005', 'A', false)], five);
    expect(issues.map((i) => [i.kind, i.codes])).toEqual([['missing-municipality', ['GM0005']]]);
  });
  it('reports a white spot with the municipality involved', () => {
    const issues = validateLayer(layer(), clean.slice(0, 4), five);
    expect(issues.map((i) => [i.kind, i.codes])).toEqual([['missing-municipality', ['GM0005']]]);
  });
  it('reports a code that does not exist in the geometry year, once however many rows it has', () => {
    const issues = validateLayer(layer({ allowsOverlap: true }), [...clean, m('GM9999', 'A', true), m('GM9999', 'B', false)], five);
    expect(issues.filter((i) => i.kind === 'unknown-code').map((i) => [i.codes, i.message])).toEqual([[['GM9999'], expect.stringMatching(/: 1 code\(s\) not in the municipalities of/)]]);
  });
  it('reports a second region only when the layer declares no overlap', () => {
    const twice = [...clean, m('GM0001', 'B', false)];
    expect(validateLayer(layer(), twice, five).map((i) => [i.kind, i.codes])).toEqual([['overlap-not-declared', ['GM0001']]]);
    expect(validateLayer(layer({ allowsOverlap: true }), twice, five)).toEqual([]);
  });
  it('reports two primary rows for one municipality', () => {
    const issues = validateLayer(layer({ allowsOverlap: true }), [...clean, m('GM0001', 'B')], five);
    expect(issues.map((i) => [i.kind, i.codes])).toEqual([['multiple-primary', ['GM0001']]]);
  });
  it('reports a region count that differs from the source', () => {
    expect(validateLayer(layer({ expectedRegions: 3 }), clean, five).map((i) => i.kind)).toEqual(['region-count']);
  });
});

describe('membershipFindings', () => {
  it('finds nothing in a complete partition and counts its regions', () => {
    expect(membershipFindings(clean, five)).toEqual({
      unknownCodes: [], whiteSpots: [], withoutPrimary: [], primaryDuplicates: [], inSeveralRegions: [], regionCount: 2,
    });
  });
  it('tells a municipality in no row (white spot) from one with only a non-primary row', () => {
    const found = membershipFindings([...clean.slice(0, 3), m('GM0004', 'B', false)], five);
    expect(found.whiteSpots).toEqual(['GM0005']);
    expect(found.withoutPrimary).toEqual(['GM0004']);
  });
  it('names an unknown code once, however many rows it has', () => {
    expect(membershipFindings([...clean, m('GM9999', 'A'), m('GM9999', 'B', false)], five).unknownCodes).toEqual(['GM9999']);
  });
  it('lists the regions of a municipality in two regions in row order, and a second primary row apart from overlap', () => {
    const found = membershipFindings([...clean, m('GM0003', 'A', false), m('GM0001', 'B')], five);
    expect(found.inSeveralRegions).toEqual([{ code: 'GM0001', regionIds: ['A', 'B'] }, { code: 'GM0003', regionIds: ['B', 'A'] }]);
    expect(found.primaryDuplicates).toEqual([{ code: 'GM0001', regionIds: ['A', 'B'] }]);
  });
  it('does not count a second row in the same region (another subregion) as overlap', () => {
    expect(membershipFindings([...clean, m('GM0001', 'A', false)], five).inSeveralRegions).toEqual([]);
  });
});
