import { describe, expect, it } from 'vitest';
import { buildLayerView } from '../../../src/domain/layerView.ts';
import { labelLayouts, labelPoint, labelsAtHand, labelPointsOf, placeLabels, prepareLabels, regionLabels, type RegionLabel } from '../../../src/map/labels.ts';
import { cameraTransform, fitBounds, mercator, NL_BOUNDS } from '../../../src/map/camera.ts';
import { asMunicipalityTopology, municipalityFeatures, type MunicipalityTopology } from '../../../src/data/topology.ts';
import type { GmCode } from '../../../src/domain/types.ts';
import { loadAdjacency, loadLayer, loadLayers, loadMemberships, loadMunicipalities, loadPopulation, loadTopology } from '../realData.ts';

/** Planar ray casting on longitude/latitude: enough for 'is this point inside that municipality'. */
function inside([x, y]: [number, number], rings: number[][][]): boolean {
  let hit = false;
  for (const ring of rings)
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i];
      const [xj, yj] = ring[j];
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) hit = !hit;
    }
  return hit;
}

describe('label points', () => {
  it('puts the label of a U-shaped region inside one of its arms, not in the notch', () => {
    const u: GeoJSON.MultiPolygon = { type: 'MultiPolygon', coordinates: [[[[5, 52], [5.3, 52], [5.3, 52.3], [5.2, 52.3], [5.2, 52.05], [5.1, 52.05], [5.1, 52.3], [5, 52.3], [5, 52]]]] };
    const point = labelPoint(u)!;
    expect(inside(point, u.coordinates[0])).toBe(true);
  });

  it('labels the largest part of a region with islands (the mainland)', () => {
    const islandAndMain: GeoJSON.MultiPolygon = {
      type: 'MultiPolygon',
      coordinates: [[[[5, 53.4], [5.05, 53.4], [5.05, 53.42], [5, 53.42], [5, 53.4]]], [[[5, 52], [6, 52], [6, 52.8], [5, 52.8], [5, 52]]]],
    };
    const [, lat] = labelPoint(islandAndMain)!;
    expect(lat).toBeLessThan(52.8);
  });
});

describe('placing labels without overlap', () => {
  const project = (p: [number, number]): [number, number] => [p[0] * 100, p[1] * 100];
  const label = (regionId: string, text: string, x: number, y: number, priority: number): RegionLabel => ({ regionId, text, anchor: [x / 100, y / 100], priority });

  it('leaves out the smaller of two regions whose names would overlap', () => {
    const placed = placeLabels([label('big', 'Rijnmond', 200, 200, 1000), label('small', 'Voorne-Putten', 205, 204, 10)], project, { width: 500, height: 500 }, 13);
    expect(placed.map((p) => p.regionId)).toEqual(['big']);
  });

  it('breaks a long name over two lines when one line would collide', () => {
    expect(labelLayouts('Midden-IJssel/Oost-Veluwe')).toEqual([['Midden-IJssel/Oost-Veluwe'], ['Midden-IJssel/', 'Oost-Veluwe']]);
    expect(labelLayouts('Gooi- en Vechtstreek')[1]).toEqual(['Gooi- en', 'Vechtstreek']);
    const placed = placeLabels(
      [label('a', 'Noord', 180, 200, 100), label('b', 'Zuidoost Brabant', 250, 200, 50), label('c', 'Oost', 320, 200, 10)],
      project,
      { width: 500, height: 500 },
      13,
    );
    expect(placed.find((p) => p.regionId === 'b')!.lines).toEqual(['Zuidoost', 'Brabant']);
    expect(placed).toHaveLength(3);
  });

  it('keeps every label inside the viewport', () => {
    expect(placeLabels([label('edge', 'Zeeuws-Vlaanderen', 5, 250, 1)], project, { width: 500, height: 500 }, 13)).toEqual([]);
  });
});

describe('labels of the youth regions of 31 October 2013', () => {
  const topology = loadTopology(2013);
  const view = buildLayerView(loadLayer('jeugd_2013_10'), loadMemberships('jeugd_2013_10'), loadMunicipalities(2013), loadAdjacency(2013), loadPopulation(2013), 2013);
  const labels = regionLabels(topology, view);
  const features = new Map(municipalityFeatures(topology).features.map((f) => [f.properties.code, f]));

  it('gives all 42 regions a label, largest population first', () => {
    expect(labels).toHaveLength(42);
    expect(labels[0].priority).toBeGreaterThanOrEqual(labels[41].priority);
  });

  it('puts every label point inside a municipality of its own region', () => {
    for (const l of labels) {
      const members = view.regions.get(l.regionId)!.members.filter((m) => m.primary);
      const hit = members.some((m) => {
        const g = features.get(m.code)!.geometry;
        const polygons = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
        return polygons.some((rings) => inside(l.anchor, rings));
      });
      expect(hit, `${l.text} at ${l.anchor}`).toBe(true);
    }
  });

  it('shows more region names as the user zooms in, and none overlapping', () => {
    // The share of the labels whose point is in view that could be placed, at a zoom level.
    const placedShare = (zoomIn: number) => {
      const camera = fitBounds(NL_BOUNDS, 1000, 800);
      const t = cameraTransform({ ...camera, zoom: camera.zoom + zoomIn }, 1000, 800);
      const project = (p: [number, number]): [number, number] => {
        const [x, y] = mercator(p);
        return [x * t.k + t.x, y * t.k + t.y];
      };
      const placed = placeLabels(labels, project, { width: 1000, height: 800 }, 13);
      for (const a of placed) for (const b of placed) if (a !== b) expect(Math.abs(a.x - b.x) * 2 < a.width + b.width && Math.abs(a.y - b.y) * 2 < a.height + b.height).toBe(false);
      const inView = labels.filter((l) => { const [x, y] = project(l.anchor); return x > 60 && x < 940 && y > 20 && y < 780; }).length;
      return placed.length / inView;
    };
    expect(placedShare(0)).toBeGreaterThan(0.6);
    expect(placedShare(0)).toBeLessThan(1);
    expect(placedShare(1)).toBeGreaterThan(placedShare(0));
  });
});

/** A topology as the geo build wrote it, but without its label points (an app computes them then). */
function withoutLabelPoints(topology: MunicipalityTopology): MunicipalityTopology {
  const { labelPoints, ...rest } = topology;
  expect(labelPoints).toBeDefined();
  return rest as MunicipalityTopology;
}

const youth = () =>
  buildLayerView(loadLayer('jeugd_2013_10'), loadMemberships('jeugd_2013_10'), loadMunicipalities(2013), loadAdjacency(2013), loadPopulation(2013), 2013);

describe('label points computed in slices (the first map does not wait for them)', () => {
  it('gives the same labels as the direct computation, giving the page turns in between', async () => {
    const topology = withoutLabelPoints(loadTopology(2013));
    const direct = regionLabels(topology, youth());
    const view = youth();
    expect(labelsAtHand(topology, view)).toBe(false);
    let turns = 0;
    const ticker = setInterval(() => turns++, 0);
    await prepareLabels(topology, view);
    clearInterval(ticker);
    expect(labelsAtHand(topology, view)).toBe(true);
    expect(regionLabels(topology, view)).toEqual(direct);
    expect(turns).toBeGreaterThan(0);
  });

  it('stops when the layer is left before its labels are done', async () => {
    const controller = new AbortController();
    const view = youth();
    const topology = withoutLabelPoints(loadTopology(2013));
    const done = prepareLabels(topology, view, controller.signal);
    controller.abort();
    await expect(done).rejects.toThrow();
    expect(labelsAtHand(topology, view)).toBe(false);
  });
});

describe('label points written by the geo build (the first map carries its labels)', () => {
  it('has every region of every shipped layer of 2013, with the points the app would compute', () => {
    const topology = loadTopology(2013);
    const bare = withoutLabelPoints(topology);
    const ids = loadLayers()
      .filter((l) => l.geometryYear === 2013 && l.membershipFile)
      .map((l) => l.id);
    expect(ids.length).toBeGreaterThan(10);
    for (const id of ids) {
      const view = buildLayerView(loadLayer(id), loadMemberships(id), loadMunicipalities(2013), loadAdjacency(2013), loadPopulation(2013), 2013);
      expect(labelsAtHand(topology, view), id).toBe(true);
      const computed = buildLayerView(loadLayer(id), loadMemberships(id), loadMunicipalities(2013), loadAdjacency(2013), loadPopulation(2013), 2013);
      expect(regionLabels(topology, view), id).toEqual(regionLabels(bare, computed));
    }
  });

  it('are found at once, without waiting for a frame', async () => {
    const view = youth();
    let turns = 0;
    const ticker = setInterval(() => turns++, 0);
    await prepareLabels(loadTopology(2013), view);
    clearInterval(ticker);
    expect(turns).toBe(0);
    expect(labelsAtHand(loadTopology(2013), view)).toBe(true);
  });

  it('are not used for a region whose members differ (an imported round, a moved municipality)', async () => {
    const topology = loadTopology(2013);
    const view = youth();
    // Eemnes (GM0317) moved from its youth region to Amsterdam's: both regions have other members now.
    const regionOf = new Map(view.regionOf);
    const from = regionOf.get('GM0317' as GmCode)!;
    regionOf.set('GM0317' as GmCode, regionOf.get('GM0363' as GmCode)!);
    const moved = { ...view, regionOf };
    expect(labelsAtHand(topology, moved)).toBe(false);
    await prepareLabels(topology, moved);
    const bare = withoutLabelPoints(topology);
    const expected = labelPointsOf(bare, regionOf);
    const labels = regionLabels(topology, moved);
    const fromLabel = labels.find((l) => l.regionId === from)!;
    expect(Object.values(expected)).toContainEqual(fromLabel.anchor);
    // A region that kept its members keeps the point written by the build.
    const kept = labels.find((l) => l.regionId !== from && l.regionId !== regionOf.get('GM0363' as GmCode))!;
    expect(Object.values(topology.labelPoints!)).toContainEqual(kept.anchor);
  });

  it('must be [longitude, latitude] pairs: a topology with anything else is not loaded', () => {
    const topology = { type: 'Topology', arcs: [], objects: { municipalities: { type: 'GeometryCollection', geometries: [] } } };
    expect(() => asMunicipalityTopology({ ...topology, labelPoints: { GM0001: [5.1, 52.1] } })).not.toThrow();
    expect(() => asMunicipalityTopology({ ...topology, labelPoints: { GM0001: [5.1] } })).toThrow(/label points/);
    expect(() => asMunicipalityTopology({ ...topology, labelPoints: { GM0001: ['5', 52] } })).toThrow(/label points/);
    expect(() => asMunicipalityTopology({ ...topology, labelPoints: [[5, 52]] })).toThrow(/label points/);
    expect(() => asMunicipalityTopology({ ...topology, labelPoints: { GM0001: [500, 52] } })).toThrow(/label points/);
  });
});
