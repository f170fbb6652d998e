/** Every unit spec may speak English: the English texts, a lazy chunk in the app, are loaded up front. */
import { loadLanguage } from '../../src/i18n/messages.ts';

await loadLanguage('en');
