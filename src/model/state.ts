import type { AnswerId, Language, PillarId, StatementId } from '../content/types.js';

/** The screens in order; the stepper shows the four steps between intro and done. */
export const SCREEN_IDS = ['intro', 'video', 'statements', 'analysis', 'plan', 'done'] as const;
export type ScreenId = (typeof SCREEN_IDS)[number];

export interface PlanAction {
  /** Stable within one plan, so edits and removals target the right action. */
  id: string;
  text: string;
  /** ISO date (yyyy-mm-dd) or empty. */
  date: string;
}

export interface Plan {
  /** Q1: where I see room for improvement. */
  improvement: string;
  /** Q2: concrete, feasible steps. */
  actions: PlanAction[];
  /** Q3: who and what I need. */
  needs: string;
  /** Q4: when; free text about the timeline. */
  timeline: string;
  /** Q4: ISO date (yyyy-mm-dd) for the whole plan, or empty. */
  planDate: string;
}

export interface AssessmentState {
  screen: ScreenId;
  /** The furthest screen reached; every screen up to it can be revisited. */
  reached: ScreenId;
  videoWatched: boolean;
  answers: Partial<Record<StatementId, AnswerId>>;
  analysisSeen: boolean;
  /** The pillar chosen when (nearly) all answers agree. */
  chosenPillar: PillarId | null;
  plan: Plan;
  /** The learner chose Afronden. */
  finished: boolean;
  /** The language the learner chose with the switch; null: never chosen, so the LMS or the browser decides. */
  language: Language | null;
}
