/**
 * Step 3's rule, from the seed: every pillar with one or more (helemaal)
 * oneens shows its recommendations; when (nearly) all answers agree, the
 * learner is asked which pillar they still want to work on.
 */
import { PILLAR_IDS, type PillarId, type StatementId } from '../content/types.js';
import { allAnswered, disagreedStatements, pillarScore, type Answers } from './scoring.js';

/**
 * "Vrijwel alle" (nearly all) agree: with one disagreement in twelve the
 * learner still agreed with eleven, so the prompt to choose a pillar is shown
 * (alongside that one pillar's recommendations); with two it is not.
 */
export const NEARLY_ALL_AGREE_MAX_DISAGREEMENTS = 1;

export interface PillarAnalysis {
  id: PillarId;
  /** 0–100, or null while the pillar is incomplete. */
  score: number | null;
  /** At least one (helemaal) oneens: show the pillar's recommendations. */
  needsAttention: boolean;
  /** The statements answered with (helemaal) oneens, in order. */
  disagreed: StatementId[];
}

export interface Analysis {
  /** The three pillars in contract order. */
  pillars: PillarAnalysis[];
  /** Number of (helemaal) oneens answers over all twelve statements. */
  disagreementCount: number;
  /**
   * Show the seed's prompt to choose a pillar. Only once all twelve are
   * answered: an empty or partial answer set says nothing about agreement.
   */
  suggestChoosePillar: boolean;
}

export function analyse(answers: Answers): Analysis {
  const pillars = PILLAR_IDS.map((id): PillarAnalysis => {
    const disagreed = disagreedStatements(answers, id);
    return {
      id,
      score: pillarScore(answers, id),
      needsAttention: disagreed.length > 0,
      disagreed,
    };
  });
  const disagreementCount = pillars.reduce((count, pillar) => count + pillar.disagreed.length, 0);
  return {
    pillars,
    disagreementCount,
    suggestChoosePillar: allAnswered(answers) && disagreementCount <= NEARLY_ALL_AGREE_MAX_DISAGREEMENTS,
  };
}
