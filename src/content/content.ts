import { introContent } from './intro.js';
import { assessment as defaultAssessment } from './packs/default-later.js';
import type {
  AnswerId,
  AssessmentContent,
  IntroContent,
  Pillar,
  PillarId,
  ScaleOption,
  Statement,
  StatementId,
} from './types.js';

/** What content/<lang>/assessment.json holds: the texts after the introduction. */
export type LaterContent = Omit<AssessmentContent, keyof IntroContent>;

/** The texts after the introduction in the language shown; the default language's until later-texts.ts replaces them. */
let laterContent: LaterContent = defaultAssessment;

/**
 * All texts of the assessment in the language shown: the introduction's and
 * the rest. A live binding: later-texts.ts replaces it when the language changes.
 */
export let assessment: AssessmentContent = { ...introContent, ...laterContent };

/** Shows `content` after the introduction (and the introduction as it is now). */
export function setLaterContent(content: LaterContent): void {
  laterContent = content;
  assessment = { ...introContent, ...laterContent };
}

export { config } from './config.js';

export function pillarById(id: PillarId, content: AssessmentContent = assessment): Pillar {
  const pillar = content.pillars.find((p) => p.id === id);
  if (!pillar) throw new Error(`Unknown pillar id: ${id}`);
  return pillar;
}

export function statementById(
  id: StatementId,
  content: AssessmentContent = assessment,
): { pillar: Pillar; statement: Statement } {
  for (const pillar of content.pillars) {
    const statement = pillar.statements.find((s) => s.id === id);
    if (statement) return { pillar, statement };
  }
  throw new Error(`Unknown statement id: ${id}`);
}

export function scaleOption(id: AnswerId, content: AssessmentContent = assessment): ScaleOption {
  const option = content.scale.find((o) => o.id === id);
  if (!option) throw new Error(`Unknown answer id: ${id}`);
  return option;
}
