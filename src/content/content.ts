import assessmentJson from '../../content/nl/assessment.json';
import configJson from '../../content/config.json';
import type {
  AnswerId,
  AssessmentContent,
  PackageConfig,
  Pillar,
  PillarId,
  ScaleOption,
  Statement,
  StatementId,
} from './types';

/**
 * TypeScript reads JSON strings and numbers as plain `string` / `number`, never
 * as literal types such as 'begrijpen' or 1. `Json<T>` is T with its literals
 * widened the same way, so the assignments below still check the whole shape
 * (missing fields, wrong types) at compile time; the ids and values themselves
 * are checked by the schema (scripts/validate-content.mjs) at build and test time.
 */
type Json<T> = T extends string
  ? string
  : T extends number
    ? number
    : T extends boolean
      ? boolean
      : T extends ReadonlyArray<infer U>
        ? ReadonlyArray<Json<U>>
        : T extends object
          ? { readonly [K in keyof T]: Json<T[K]> }
          : T;

const assessmentShape: Json<AssessmentContent> = assessmentJson;
const configShape: Json<PackageConfig> = configJson;

export const assessment: AssessmentContent = assessmentShape as AssessmentContent;
export const config: PackageConfig = configShape as PackageConfig;

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
