import assessmentJson from '../../content/nl/assessment.json';
import { introContent } from './intro.js';
import type { Json } from './json.js';
import type {
  AnswerId,
  AssessmentContent,
  Pillar,
  PillarId,
  ScaleOption,
  Statement,
  StatementId,
} from './types.js';

type LaterContent = Omit<AssessmentContent, keyof typeof introContent>;
const laterShape: Json<LaterContent> = assessmentJson;

/** All texts of the assessment: the introduction's (loaded first) and the rest. */
export const assessment: AssessmentContent = { ...introContent, ...(laterShape as LaterContent) };
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
