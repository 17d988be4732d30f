import type { AnswerId, Language, PillarId, StatementId } from '../content/types.js';
import type { Plan, PlanAction, ScreenId } from '../model/state.js';

/** Everything a learner can do; elements emit these (StoreActionEvent), the store applies them. */
export type StoreAction =
  | { type: 'begin' }
  | { type: 'go-to'; screen: ScreenId }
  | { type: 'mark-video-watched' }
  | { type: 'answer'; statement: StatementId; answer: AnswerId }
  | { type: 'choose-pillar'; pillar: PillarId | null }
  | { type: 'edit-plan'; changes: Partial<Pick<Plan, 'improvement' | 'needs' | 'timeline' | 'planDate'>> }
  | { type: 'add-action' }
  | { type: 'update-action'; id: string; changes: Partial<Pick<PlanAction, 'text' | 'date'>> }
  | { type: 'remove-action'; id: string }
  | { type: 'finish' }
  | { type: 'set-language'; language: Language };
