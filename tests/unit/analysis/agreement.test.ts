import { describe, expect, it } from 'vitest';
import { agreementScore, rankDivisionsByAgreement } from '../../../src/domain/analysis/index.ts';
import type { GmCode } from '../../../src/domain/types.ts';
import { layer } from './fixtures.ts';

const P = 'GM0101' as GmCode;
const Q = 'GM0102' as GmCode;
const R = 'GM0103' as GmCode;
const S = 'GM0104' as GmCode;

// A = {P,Q | R,S}; B = {P,Q,R | S}; inhabitants P 2, Q 1, R 1, S 2 (6 in all).
const a = layer('a', [
  [P, 'a1', 'A1'],
  [Q, 'a1', 'A1'],
  [R, 'a2', 'A2'],
  [S, 'a2', 'A2'],
]);
const b = layer('b', [
  [P, 'b1', 'B1'],
  [Q, 'b1', 'B1'],
  [R, 'b1', 'B1'],
  [S, 'b2', 'B2'],
]);
const oneRegion = layer('one', [
  [P, 'all', 'All'],
  [Q, 'all', 'All'],
  [R, 'all', 'All'],
  [S, 'all', 'All'],
]);
const population = new Map<GmCode, number>([
  [P, 2],
  [Q, 1],
  [R, 1],
  [S, 2],
]);
const log2 = Math.log2;

describe('agreementScore', () => {
  it('computes the population-weighted adjusted Rand index over pairs of inhabitants', () => {
    // Cells 3, 1, 2 -> 3 + 0 + 1 = 4 pairs together in both; rows 3,3 -> 6 pairs; columns 4,2 -> 7;
    // 15 pairs in all: expected 6 * 7 / 15 = 2.8, maximum (6 + 7) / 2 = 6.5.
    const score = agreementScore(a, b, population);
    expect(score.adjustedRand).toBeCloseTo((4 - 2.8) / (6.5 - 2.8), 12);
    expect(score.weighting).toBe('population');
    expect(score.municipalities).toBe(4);
  });

  it('computes the variation of information in bits and normalises it by the joint entropy', () => {
    // H(A) = 1, H(B) = log2 3 - 2/3, H(A,B) = 2/3 + (log2 3) / 2, so VI = 2 H(A,B) - H(A) - H(B) = 1.
    const score = agreementScore(a, b, population);
    expect(score.variationOfInformation).toBeCloseTo(1, 12);
    expect(score.normalizedVariationOfInformation).toBeCloseTo(1 / (2 / 3 + log2(3) / 2), 12);
  });

  it('scores identical divisions 1 and 0 even under other region names', () => {
    const renamed = a.map((r) => ({ ...r, regionId: `x${r.regionId}`, regionName: 'X' }));
    const score = agreementScore(a, renamed, population);
    expect(score.adjustedRand).toBe(1);
    expect(score.variationOfInformation).toBe(0);
    expect(score.normalizedVariationOfInformation).toBe(0);
  });

  it('is symmetric', () => {
    const ab = agreementScore(a, b, population);
    const ba = agreementScore(b, a, population);
    expect(ba.adjustedRand).toBeCloseTo(ab.adjustedRand, 12);
    expect(ba.normalizedVariationOfInformation).toBeCloseTo(ab.normalizedVariationOfInformation, 12);
  });

  it('counts municipalities when no population is known', () => {
    // Cells 2,1,1 -> 1 pair; rows 2,2 -> 2; columns 3,1 -> 3; 6 pairs: expected 1, maximum 2.5 -> 0.
    const score = agreementScore(a, b, new Map());
    expect(score.weighting).toBe('municipalities');
    expect(score.adjustedRand).toBeCloseTo(0, 12);
  });

  it('gives 0 against a single region holding everything, and the normalised VI of 1 = H(A)/H(A)', () => {
    const score = agreementScore(a, oneRegion, population);
    expect(score.adjustedRand).toBeCloseTo(0, 12);
    expect(score.normalizedVariationOfInformation).toBeCloseTo(1, 12);
  });
});

describe('rankDivisionsByAgreement', () => {
  it('ranks an identical division first, then the partial match, then the single region', () => {
    const same = a.map((r) => ({ ...r, layerId: 'same' }));
    const ranked = rankDivisionsByAgreement(
      a,
      [
        { id: 'one', memberships: oneRegion },
        { id: 'b', memberships: b },
        { id: 'same', memberships: same },
      ],
      population,
    );
    expect(ranked.map((r) => [r.rank, r.id])).toEqual([
      [1, 'same'],
      [2, 'b'],
      [3, 'one'],
    ]);
    expect(ranked[1].adjustedRand).toBeCloseTo(1.2 / 3.7, 12);
  });
});
