import { pillarById, statementById } from '../../content/content.js';
import { PILLAR_IDS, type AssessmentContent } from '../../content/types.js';
import { isComplete, progressMeasure } from '../../model/progress.js';
import { overallScore, pillarOf, pillarScore } from '../../model/scoring.js';
import type { ScormConnection } from './scorm-connection.js';
import type { ScormDialect, ScormValue } from './scorm-dialect.js';
import { isoDuration } from '../iso-duration.js';
import { scorm2004Timestamp } from './scorm-time.js';

/** SCORM 2004 localized strings hold at least 250 characters; longer texts are cut there. */
const DESCRIPTION_MAX = 250;

const score = (prefix: string, raw: number | null): ScormValue[] =>
  raw === null
    ? []
    : [
        [`${prefix}.score.scaled`, String(raw / 100)],
        [`${prefix}.score.raw`, String(raw)],
        [`${prefix}.score.min`, '0'],
        [`${prefix}.score.max`, '100'],
      ];

/** A description taken from the texts, cut to what every LMS keeps; none without texts. */
const description = (element: string, texts: AssessmentContent | null, text: (texts: AssessmentContent) => string): ScormValue[] =>
  texts === null ? [] : [[element, text(texts).slice(0, DESCRIPTION_MAX)]];

export const scorm2004: ScormDialect = {
  mode: 'scorm2004',
  suspendDataElement: 'cmi.suspend_data',
  suspendDataLimit: 64000,
  learnerIdElement: 'cmi.learner_id',
  languagePreferenceElement: 'cmi.learner_preference.language',
  interactionCountElement: 'cmi.interactions._count',
  sessionTimeElement: 'cmi.session_time',

  isReadOnly(connection: ScormConnection): boolean {
    return ['review', 'browse'].includes(connection.getValue('cmi.mode'));
  },

  stateValues(state, texts) {
    const complete = isComplete(state);
    return [
      ['cmi.completion_status', complete ? 'completed' : 'incomplete'],
      ['cmi.success_status', 'unknown'],
      ['cmi.progress_measure', String(progressMeasure(state))],
      ['cmi.location', state.screen],
      // Also once completed: Moodle hands stored data back only after "suspend", so without it a
      // reopened completed attempt would be empty (and Moodle would overwrite total_time with "P").
      ['cmi.exit', 'suspend'],
      ...score('cmi', overallScore(state.answers)),
      ...PILLAR_IDS.flatMap((pillar, n): ScormValue[] => {
        const raw = pillarScore(state.answers, pillar);
        return [
          [`cmi.objectives.${n}.id`, pillar],
          ...description(`cmi.objectives.${n}.description`, texts, (shown) => pillarById(pillar, shown).question),
          ...score(`cmi.objectives.${n}`, raw),
          [`cmi.objectives.${n}.success_status`, 'unknown'],
          [`cmi.objectives.${n}.completion_status`, raw === null ? 'incomplete' : 'completed'],
        ];
      }),
    ];
  },

  // One interaction per statement, updated in place.
  interactionIndex: (statementIndex) => statementIndex,

  interactionValues(n, statement, answer, at, texts) {
    return [
      [`cmi.interactions.${n}.id`, statement],
      [`cmi.interactions.${n}.type`, 'likert'],
      ...description(`cmi.interactions.${n}.description`, texts, (shown) => statementById(statement, shown).statement.text),
      [`cmi.interactions.${n}.objectives.0.id`, pillarOf(statement)],
      [`cmi.interactions.${n}.timestamp`, scorm2004Timestamp(at)],
      [`cmi.interactions.${n}.learner_response`, answer],
    ];
  },

  sessionTime: isoDuration,
};
