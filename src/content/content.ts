/** Lookups by contract id in one language's texts of the assessment. */
import type { AnswerId, AssessmentContent, Pillar, PillarId, ScaleOption, Statement, StatementId } from './types.js';

export function pillarById(id: PillarId, content: AssessmentContent): Pillar {
  const pillar = content.pillars.find((p) => p.id === id);
  if (!pillar) throw new Error(`Unknown pillar id: ${id}`);
  return pillar;
}

export function statementById(
  id: StatementId,
  content: AssessmentContent,
): { pillar: Pillar; statement: Statement } {
  for (const pillar of content.pillars) {
    const statement = pillar.statements.find((s) => s.id === id);
    if (statement) return { pillar, statement };
  }
  throw new Error(`Unknown statement id: ${id}`);
}

export function scaleOption(id: AnswerId, content: AssessmentContent): ScaleOption {
  const option = content.scale.find((o) => o.id === id);
  if (!option) throw new Error(`Unknown answer id: ${id}`);
  return option;
}
