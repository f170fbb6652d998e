/**
 * Texts of the map's controls, the renderer choice and the panels' error messages.
 * In Dutch; the English is in en/messages.map.ts, loaded when a user switches to English.
 */
export const mapNl = {
  'map.controls': 'Kaartbediening',
  'map.zoomIn': 'Inzoomen',
  'map.zoomOut': 'Uitzoomen',
  'map.home': 'Heel Nederland',
  'map.labels': "Namen van regio's op de kaart",
  'map.labelsShort': 'Namen',
  'map.renderer': 'Kaartweergave',
  'map.renderer.auto': 'Automatisch',
  'map.renderer.svg': 'SVG (snel zonder grafische kaart)',
  'map.renderer.maplibre': 'WebGL (vloeiend zoomen met grafische kaart)',
  'map.keys': 'Pijltjestoetsen verschuiven de kaart, + en - zoomen.',
  'renderer.svg': 'SVG',
  'renderer.maplibre': 'WebGL',
  'renderer.reason.gpu': 'Kaart getekend met WebGL (grafische kaart gevonden).',
  'renderer.reason.no-gpu': 'Kaart getekend als SVG (geen grafische kaart gevonden).',
  'renderer.reason.no-webgl': 'Kaart getekend als SVG (WebGL is in deze browser niet beschikbaar).',
  'renderer.reason.setting': 'Kaart getekend als {kind} (uw instelling).',
  'renderer.reason.address': 'Kaart getekend als {kind} (gevraagd in het adres).',
  'renderer.reason.fallback': 'Kaart getekend als SVG: WebGL werkte niet ({error}).',
  'panel.error': 'Dit onderdeel kon niet worden getoond.',
  'panel.errorDetail': 'Technische melding: {message}',
  'panel.retry': 'Opnieuw proberen',
  'panel.reload': 'Pagina opnieuw laden',
  'panel.chunk': 'Een deel van de app kon niet worden geladen, waarschijnlijk omdat er intussen een nieuwe versie is. Laad de pagina opnieuw; uw weergave blijft bewaard in het adres.',
} as const;
