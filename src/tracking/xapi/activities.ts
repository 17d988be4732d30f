/**
 * The activities the package's statements are about, with their definitions:
 * the package (or cmi5 AU), each statement as a likert interaction, each
 * pillar as an objective, and the video. Ids are built on the launch's
 * activity id so they sit under the package in every LRS. Names and
 * descriptions are given in every content language (nl-NL, en-US), whichever
 * the learner works in, so an LRS shows the same activity the same way.
 */
import type { Activity, InteractionActivity, LanguageMap, ObjectiveActivity } from '@xapi/xapi';
import { CONTENT_BY_LANGUAGE } from '../../content/all-languages.js';
import { pillarById, scaleOption, statementById } from '../../content/content.js';
import { DEFAULT_LANGUAGE, LANGUAGE_TAGS } from '../../content/languages.js';
import { ANSWER_IDS, LANGUAGES, type AssessmentContent, type PillarId, type StatementId } from '../../content/types.js';
import { ACTIVITY_TYPES } from './vocabulary.js';

/** The default content language: statements' context.language when the tracker is not told another. */
export const CONTENT_LANGUAGE = LANGUAGE_TAGS[DEFAULT_LANGUAGE];

function inEveryLanguage(text: (content: AssessmentContent) => string): LanguageMap {
  return Object.fromEntries(LANGUAGES.map((language) => [LANGUAGE_TAGS[language], text(CONTENT_BY_LANGUAGE[language])]));
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
      scale: ANSWER_IDS.map((answer) => ({
        id: answer,
        description: inEveryLanguage((content) => scaleOption(answer, content).label),
      })),
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
