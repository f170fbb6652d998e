/**
 * Adds the Dutch texts of the analysis panels, charts and tables (keys analysis.*, charts.*, col.*,
 * cong.*, ov.*), which come with the chunks that show them, not with the first load. Every module
 * that uses these keys imports this one.
 */
import { addDutchTexts } from './messages.ts';
import { analysisNl } from './messages.analysis.ts';

addDutchTexts(analysisNl);
