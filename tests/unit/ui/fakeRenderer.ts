/**
 * A renderer for component tests: implements src/map/types.ts MapRenderer without drawing, records
 * every scene it is given, and lets a test play the user's map events (hover, click, move).
 */
import type { GmCode } from '../../../src/domain/types.ts';
import type { Camera, MapEvents, MapRenderer, MapScene, RendererFactory, ScreenPoint } from '../../../src/map/types.ts';

/** What the fake saw, and the events it can play. */
export interface FakeMap {
  scenes: MapScene[];
  zoomedTo: GmCode[];
  cameras: Camera[];
  label: string;
  /** The last scene (throws when none has arrived). */
  scene(): MapScene;
  /** The user clicks a municipality (null: the sea). */
  click(code: GmCode | null): void;
  hover(code: GmCode | null, at?: ScreenPoint): void;
  destroyed: boolean;
}

/** A factory that creates recording renderers; `maps` lists each one created (the last is on screen). */
export function fakeRendererFactory(): { factory: RendererFactory; maps: FakeMap[]; current(): FakeMap } {
  const maps: FakeMap[] = [];
  const factory: RendererFactory = (_container: HTMLElement, events: MapEvents) => {
    let camera: Camera = { center: [5.3, 52.2], zoom: 7 };
    const fake: FakeMap = {
      scenes: [],
      zoomedTo: [],
      cameras: [],
      label: '',
      destroyed: false,
      scene() {
        const last = fake.scenes.at(-1);
        if (!last) throw new Error('the map has received no scene');
        return last;
      },
      click: (code) => events.select(code),
      hover: (code, at = { x: 100, y: 100 }) => events.hover(code, code ? at : null),
    };
    maps.push(fake);
    const renderer: MapRenderer = {
      kind: 'svg',
      setScene: (scene) => void fake.scenes.push(scene),
      project: (code) => (fake.scenes.at(-1)?.fillColour.has(code) ? { x: 100, y: 100 } : null),
      zoomTo: (code) => void fake.zoomedTo.push(code),
      zoomBy: (delta) => void (camera = { ...camera, zoom: camera.zoom + delta }),
      fitAll: () => void (camera = { center: [5.3, 52.2], zoom: 7 }),
      camera: () => camera,
      setCamera: (c) => {
        camera = c;
        fake.cameras.push(c);
      },
      idle: () => Promise.resolve(),
      snapshot: () => Promise.reject(new Error('the fake renderer draws nothing')),
      setLabel: (text) => void (fake.label = text),
      resize: () => undefined,
      destroy: () => void (fake.destroyed = true),
    };
    return renderer;
  };
  return { factory, maps, current: () => maps.at(-1)! };
}
