/** The English texts of the steps after the introduction: a chunk of its own, loaded when English is chosen. */
import assessmentJson from '../../../content/en/assessment.json';
import uiJson from '../../../content/en/ui-assessment.json';
import type { LaterContent } from '../content.js';
import type { Json } from '../json.js';
import type { LaterTexts } from '../later-texts.js';

const laterShape: Json<LaterContent> = assessmentJson;

export const laterTexts: LaterTexts = { assessment: laterShape as LaterContent, ui: uiJson };
