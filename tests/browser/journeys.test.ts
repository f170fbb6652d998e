/**
 * The browser journeys: what only a real Chromium can show, in one process that shares one preview
 * server and one browser (a second browser is launched for the start without WebGL). Each journey
 * is a user story of several steps on as few pages as possible; behaviour that needs no browser is
 * specified in tests/unit/.
 */
import './journeys/svg-map.ts';
import './journeys/maplibre.ts';
import './journeys/failures.ts';
import './journeys/no-webgl.ts';
import './journeys/analysis.ts';
import './journeys/import-round.ts';
import './journeys/export.ts';
import './journeys/presenting.ts';
import './journeys/keyboard-axe.ts';
