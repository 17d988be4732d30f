import type { AnswerId, AssessmentContent, StatementId } from '../../content/types.js';
import type { AssessmentState } from '../../model/state.js';
import type { ScormConnection } from './scorm-connection.js';

/** One data-model write, in the order the LMS must receive it. */
export type ScormValue = readonly [element: string, value: string];

/** Where the two SCORM versions differ: element names, vocabularies and formats. */
export interface ScormDialect {
  readonly mode: 'scorm12' | 'scorm2004';
  readonly suspendDataElement: string;
  /** The most suspend_data this standard guarantees to keep. */
  readonly suspendDataLimit: number;
  readonly learnerIdElement: string;
  /** Where the LMS keeps the learner's preferred language. */
  readonly languagePreferenceElement: string;
  readonly interactionCountElement: string;
  readonly sessionTimeElement: string;
  /** Review or browse: a completed attempt reopened. */
  isReadOnly(connection: ScormConnection): boolean;
  /**
   * Status, scores, objectives, location, progress, exit: the whole picture
   * for this state. Descriptions (SCORM 2004) come from `texts`, and are left
   * out while there are none: the LMS keeps those written before.
   */
  stateValues(state: AssessmentState, texts: AssessmentContent | null): ScormValue[];
  /** Which interaction index a statement's answer goes to. */
  interactionIndex(statementIndex: number, interactionCount: number): number;
  /** One answer as an interaction; its description (SCORM 2004) from `texts`, left out while there are none. */
  interactionValues(index: number, statement: StatementId, answer: AnswerId, at: Date, texts: AssessmentContent | null): ScormValue[];
  sessionTime(ms: number): string;
}
