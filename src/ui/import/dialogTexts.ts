/** Adds the import dialog's Dutch texts, which come with the dialog's chunk, not with the first load. */
import { addDutchTexts } from '../../i18n/messages.ts';
import { importDialogNl } from '../../i18n/messages.importDialog.ts';

addDutchTexts(importDialogNl);
