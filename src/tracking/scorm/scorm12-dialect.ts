import { PILLAR_IDS } from '../../content/types.js';
import { isComplete } from '../../model/progress.js';
import { answerValue, overallScore, pillarOf, pillarScore } from '../../model/scoring.js';
import type { ScormConnection } from './scorm-connection.js';
import type { ScormDialect, ScormValue } from './scorm-dialect.js';
import { scorm12Time, scorm12Timespan } from './scorm-time.js';

const score = (prefix: string, raw: number | null): ScormValue[] =>
  raw === null
    ? []
    : [
        [`${prefix}.score.raw`, String(raw)],
        [`${prefix}.score.min`, '0'],
        [`${prefix}.score.max`, '100'],
      ];

export const scorm12: ScormDialect = {
  mode: 'scorm12',
  suspendDataElement: 'cmi.suspend_data',
  suspendDataLimit: 4096,
  learnerIdElement: 'cmi.core.student_id',
  languagePreferenceElement: 'cmi.student_preference.language',
  interactionCountElement: 'cmi.interactions._count',
  sessionTimeElement: 'cmi.core.session_time',

  isReadOnly(connection: ScormConnection): boolean {
    return ['review', 'browse'].includes(connection.getValue('cmi.core.lesson_mode'));
  },

  stateValues(state) {
    const complete = isComplete(state);
    return [
      ['cmi.core.lesson_status', complete ? 'completed' : 'incomplete'],
      ['cmi.core.lesson_location', state.screen],
      ['cmi.core.exit', complete ? '' : 'suspend'],
      ...score('cmi.core', overallScore(state.answers)),
      ...PILLAR_IDS.flatMap((pillar, n): ScormValue[] => {
        const raw = pillarScore(state.answers, pillar);
        return [
          [`cmi.objectives.${n}.id`, pillar],
          ...score(`cmi.objectives.${n}`, raw),
          [`cmi.objectives.${n}.status`, raw === null ? 'incomplete' : 'completed'],
        ];
      }),
    ];
  },

  // SCORM 1.2 interactions are a journal: a changed answer is a new entry.
  interactionIndex: (_statementIndex, interactionCount) => interactionCount,

  interactionValues(n, statement, answer, at) {
    return [
      [`cmi.interactions.${n}.id`, statement],
      [`cmi.interactions.${n}.type`, 'likert'],
      [`cmi.interactions.${n}.objectives.0.id`, pillarOf(statement)],
      [`cmi.interactions.${n}.time`, scorm12Time(at)],
      [`cmi.interactions.${n}.student_response`, String(answerValue(answer))],
    ];
  },

  sessionTime: scorm12Timespan,
};
