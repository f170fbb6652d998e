/** The English of ../messages.map.ts: every key, no other. */
import type { Texts } from '../texts.ts';
import type { mapNl } from '../messages.map.ts';

export const mapEn: Texts<typeof mapNl> = {
  'map.controls': 'Map controls',
  'map.zoomIn': 'Zoom in',
  'map.zoomOut': 'Zoom out',
  'map.home': 'Whole country',
  'map.labels': 'Region names on the map',
  'map.labelsShort': 'Names',
  'map.renderer': 'Map drawing',
  'map.renderer.auto': 'Automatic',
  'map.renderer.svg': 'SVG (fast without a graphics card)',
  'map.renderer.maplibre': 'WebGL (smooth zoom with a graphics card)',
  'map.keys': 'Arrow keys move the map, + and - zoom.',
  'renderer.svg': 'SVG',
  'renderer.maplibre': 'WebGL',
  'renderer.reason.gpu': 'Map drawn with WebGL (graphics card found).',
  'renderer.reason.no-gpu': 'Map drawn as SVG (no graphics card found).',
  'renderer.reason.no-webgl': 'Map drawn as SVG (WebGL is not available in this browser).',
  'renderer.reason.setting': 'Map drawn as {kind} (your setting).',
  'renderer.reason.address': 'Map drawn as {kind} (asked for in the address).',
  'renderer.reason.fallback': 'Map drawn as SVG: WebGL did not work ({error}).',
  'panel.error': 'This part could not be shown.',
  'panel.errorDetail': 'Technical message: {message}',
  'panel.retry': 'Try again',
  'panel.reload': 'Reload the page',
  'panel.chunk': 'A part of the app could not be loaded, probably because a new version has been published meanwhile. Reload the page; your view is kept in the address.',
};
