/**
 * The page's first script, a few kilobytes: it requests the linked layer's files (geometry,
 * memberships, population, municipal changes) at once and probes for WebGL, while the app's code
 * (src/main.tsx) is still loading and starting. The loader takes these requests over
 * (src/data/prefetch.ts), the renderer state the probe's result. It only reads the layer out of the
 * link; the app reads the whole link, with its checks, afterwards.
 */
import layersJson from '../data/layers.json';
import { DEFAULT_LAYER_ID } from './data/defaultLayer.ts';
import { dataFileUrl, geometryUrl } from './data/fileUrls.ts';
import { prefetch } from './data/prefetch.ts';
import { startupProbe } from './state/webglProbe.ts';

interface LayerFiles {
  id: string;
  geometryYear: number;
  membershipFile?: string;
}

function prefetchLinkedLayer(): void {
  const linked = new URLSearchParams(window.location.hash.slice(1)).get('layer') ?? DEFAULT_LAYER_ID;
  const layer = (layersJson.layers as LayerFiles[]).find((l) => l.id === linked);
  // An imported round or an unknown id: the app works out what to do with it.
  if (!layer) return;
  const urls = [geometryUrl(layer.geometryYear), layer.membershipFile && dataFileUrl(layer.membershipFile), dataFileUrl('population.csv'), dataFileUrl('municipal_changes.csv')];
  for (const url of urls) if (url) prefetch(url);
}

prefetchLinkedLayer();
// The WebGL probe (some 50 ms with software WebGL at a first start) runs now, while the app's code is
// still loading, instead of in the app's start-up task.
startupProbe();
