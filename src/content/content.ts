/**
 * Lookups in the assessment's texts: in `content` when given, else in the
 * texts shown. Until the later steps' texts are shown, that is the default
 * language's texts: the SCORM 2004 tracker describes the objectives at
 * launch, before the app has loaded them, and the team report (Dutch, built
 * with the packs as written) never loads them.
 */
import { intro } from './packs/default-launch.js';
import { assessment } from './packs/default-later.js';
import { texts } from './texts.js';
import type { AnswerId, AssessmentContent, Pillar, PillarId, ScaleOption, Statement, StatementId } from './types.js';

const DEFAULT_CONTENT: AssessmentContent = { ...intro, ...assessment };

function shownContent(): AssessmentContent {
  return texts.hasLater ? texts.assessment : DEFAULT_CONTENT;
}

export function pillarById(id: PillarId, content: AssessmentContent = shownContent()): Pillar {
  const pillar = content.pillars.find((p) => p.id === id);
  if (!pillar) throw new Error(`Unknown pillar id: ${id}`);
  return pillar;
}

export function statementById(
  id: StatementId,
  content: AssessmentContent = shownContent(),
): { pillar: Pillar; statement: Statement } {
  for (const pillar of content.pillars) {
    const statement = pillar.statements.find((s) => s.id === id);
    if (statement) return { pillar, statement };
  }
  throw new Error(`Unknown statement id: ${id}`);
}

export function scaleOption(id: AnswerId, content: AssessmentContent = shownContent()): ScaleOption {
  const option = content.scale.find((o) => o.id === id);
  if (!option) throw new Error(`Unknown answer id: ${id}`);
  return option;
}
