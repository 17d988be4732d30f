/**
 * The activities the package's statements are about, with their definitions:
 * the package (or cmi5 AU), each statement as a likert interaction, each
 * pillar as an objective, and the video. Ids are built on the launch's
 * activity id so they sit under the package in every LRS.
 */
import type { Activity, InteractionActivity, LanguageMap, ObjectiveActivity } from '@xapi/xapi';
import { assessment, pillarById, scaleOption, statementById } from '../../content/content.js';
import { ANSWER_IDS, type AnswerId, type AssessmentContent, type PillarId, type StatementId } from '../../content/types.js';
import { ACTIVITY_TYPES } from './vocabulary.js';

/** The language the learner works in, reported as the statements' context.language. */
export const CONTENT_LANGUAGE = 'nl-NL';

/**
 * Every content language with its texts. Activity names and descriptions are
 * given in each; a translation (content/en) is added here as one more entry.
 */
const CONTENT_BY_LANGUAGE: ReadonlyArray<readonly [language: string, content: AssessmentContent]> = [
  [CONTENT_LANGUAGE, assessment],
];

/** The English answer labels, until content/en exists to provide them. */
const ENGLISH_SCALE_LABELS: Readonly<Record<AnswerId, string>> = {
  helemaal_oneens: 'strongly disagree',
  oneens: 'disagree',
  eens: 'agree',
  helemaal_eens: 'strongly agree',
};

function inEveryLanguage(text: (content: AssessmentContent) => string): LanguageMap {
  return Object.fromEntries(CONTENT_BY_LANGUAGE.map(([language, content]) => [language, text(content)]));
}

function scaleLabels(answer: AnswerId): LanguageMap {
  // A label from content (once there is an English one) wins over the constant.
  return {
    'en-US': ENGLISH_SCALE_LABELS[answer],
    ...inEveryLanguage((content) => scaleOption(answer, content).label),
  };
}

/**
 * The package itself. In plain xAPI a course; in cmi5 the AU, whose
 * definition the LMS owns (cmi5 defines no activity type for an AU), so it
 * gets only its name.
 */
export function packageActivity(activityId: string, cmi5: boolean): Activity {
  const name = inEveryLanguage((content) => content.title);
  return {
    objectType: 'Activity',
    id: activityId,
    definition: cmi5 ? { name } : { type: ACTIVITY_TYPES.course, name },
  };
}

export function statementActivityId(activityId: string, statementId: StatementId): string {
  return `${activityId}/statement/${statementId}`;
}

export function pillarActivityId(activityId: string, pillar: PillarId): string {
  return `${activityId}/pillar/${pillar}`;
}

export function videoActivityId(activityId: string): string {
  return `${activityId}/video`;
}

/** A statement of the assessment as a likert interaction with the four answers as its scale. */
export function statementActivity(activityId: string, statementId: StatementId): InteractionActivity {
  const text = inEveryLanguage((content) => statementById(statementId, content).statement.text);
  return {
    objectType: 'Activity',
    id: statementActivityId(activityId, statementId),
    definition: {
      type: ACTIVITY_TYPES.interaction,
      interactionType: 'likert',
      name: text,
      description: text,
      scale: ANSWER_IDS.map((answer) => ({ id: answer, description: scaleLabels(answer) })),
    },
  };
}

/** A pillar as an objective: its short name and its question. */
export function pillarActivity(activityId: string, pillar: PillarId): ObjectiveActivity {
  return {
    objectType: 'Activity',
    id: pillarActivityId(activityId, pillar),
    definition: {
      type: ACTIVITY_TYPES.objective,
      name: inEveryLanguage((content) => pillarById(pillar, content).name),
      description: inEveryLanguage((content) => pillarById(pillar, content).question),
    },
  };
}

/** The animation of step 1; moreInfo is where it can be watched. */
export function videoActivity(activityId: string, videoUrl: string): Activity {
  return {
    objectType: 'Activity',
    id: videoActivityId(activityId),
    definition: {
      type: ACTIVITY_TYPES.video,
      name: inEveryLanguage((content) => content.video.heading),
      moreInfo: videoUrl,
    },
  };
}
