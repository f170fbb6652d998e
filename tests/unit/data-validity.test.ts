import { describe, expect, it } from 'vitest';
import { loadLayers, loadMemberships, loadMunicipalities, loadSeedContradictions } from './realData.ts';
import { validateLayer } from '../../src/domain/validate.ts';
import { FILE_NAME } from '../../scripts/import/translate.ts';

const layers = loadLayers();

describe('data/: every layer with known membership is valid for its geometry year', () => {
  for (const layer of layers.filter((l) => l.membershipStatus === 'complete')) {
    it(`${layer.id}: codes exist, no white spots, one primary region each, overlap only where declared, region count as stated`, () => {
      const codes = new Set(loadMunicipalities(layer.geometryYear).map((m) => m.code));
      expect(validateLayer(layer, loadMemberships(layer.id), codes)).toEqual([]);
    });
  }

  it('keeps rounds whose member lists are unknown as unknown, with no membership file', () => {
    const unknown = layers.filter((l) => l.membershipStatus === 'unknown').map((l) => l.id).sort();
    expect(unknown).toEqual(['cjg_2011', 'jeugd_2012_05', 'jeugd_2012_11']);
    for (const id of unknown) expect(loadMemberships(id)).toEqual([]);
  });

  it('states the seeds\' region counts for the 2013 rounds: youth 41 and 42, Wmo 43', () => {
    const count = (id: string) => new Set(loadMemberships(id).map((m) => m.regionId)).size;
    expect([count('jeugd_2013_05'), count('jeugd_2013_10'), count('wmo_2013_05')]).toEqual([41, 42, 43]);
  });
});

describe('data/: notes and evidence speak to the reader', () => {
  // A user of the app cannot open a file of ../shared: a note says what the file says instead.
  it('no layer note or provenance note names a file (the provenance basis is the technical reference)', () => {
    const named = layers.flatMap((l) => [l.notes?.nl, l.notes?.en, l.provenance?.note.nl, l.provenance?.note.en].filter((text): text is string => !!text && FILE_NAME.test(text)).map((text) => `${l.id}: ${text}`));
    expect(named).toEqual([]);
  });
  it('no explanation of the seeds\' contradictions names a file', () => {
    const named = loadSeedContradictions().flatMap((c) => [c.explanation.nl, c.explanation.en].filter((text) => FILE_NAME.test(text)).map((text) => `${c.layerId} ${c.regionId}: ${text}`));
    expect(named).toEqual([]);
  });
  it('no membership note or evidence names a file', () => {
    const named = layers
      .filter((l) => l.membershipStatus === 'complete')
      .flatMap((l) => loadMemberships(l.id).flatMap((m) => [m.note?.nl, m.note?.en, m.evidence?.nl, m.evidence?.en].filter((text): text is string => !!text && FILE_NAME.test(text)).map((text) => `${l.id} ${m.code}: ${text}`)));
    expect(named).toEqual([]);
  });
});
