/** The Dutch texts of the steps after the introduction: a chunk of its own, loaded when Dutch is chosen (with those steps when Dutch is the default language). */
import assessmentJson from '../../../content/nl/assessment.json';
import uiJson from '../../../content/nl/ui-assessment.json';
import type { Json } from '../json.js';
import type { LaterContent, LaterUiStrings } from '../types.js';

const laterShape: Json<LaterContent> = assessmentJson;

export const assessment: LaterContent = laterShape as LaterContent;
export const ui: LaterUiStrings = uiJson;
