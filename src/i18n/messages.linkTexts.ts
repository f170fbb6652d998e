/**
 * Adds the Dutch texts of the notices about links and saved views (keys link.*), which come with
 * the chunk that words them (src/state/urlNotice.ts), not with the first load: most links open whole
 * (the saved views, mounted after the map, bring them too).
 */
import { addDutchTexts } from './messages.ts';
import { linkNl } from './messages.link.ts';

addDutchTexts(linkNl);
