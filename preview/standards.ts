import { addIsoDurations, addScorm12Times } from './durations.js';

export type Standard = 'scorm12' | 'scorm2004';

/** The five API functions the preview logs, by their name in each standard. */
export interface ApiFunctionNames {
  initialize: string;
  finish: string;
  getValue: string;
  setValue: string;
  commit: string;
}

/** What the preview LMS needs to know about one SCORM version. */
export interface StandardInfo {
  standard: Standard;
  label: string;
  /** The window property an LMS puts the API on. */
  windowProperty: 'API' | 'API_1484_11';
  functions: ApiFunctionNames;
  elements: {
    learnerId: string;
    learnerName: string;
    entry: string;
    credit: string;
    mode: string;
    exit: string;
    sessionTime: string;
    totalTime: string;
    /** The status Moodle looks at to call an attempt completed. */
    status: string;
  };
  /** Statuses after which Moodle reopens the attempt in review mode. */
  completedStatuses: readonly string[];
  /** Error codes a failing LMS answers with. */
  commitFailureCode: number;
  finishFailureCode: number;
  generalErrorCode: number;
  /** Elements an LMS sets at launch or never hands back: never restored from the database. */
  notRestored: readonly string[];
  /** total_time of a new attempt. */
  zeroTime: string;
  addTimes(total: string, session: string): string;
  /** The entry of a launch, by Moodle's rules, from the exit of the last committed session. */
  entryAfter(lastExit: string | null): string;
}

export const SCORM12: StandardInfo = {
  standard: 'scorm12',
  label: 'SCORM 1.2',
  windowProperty: 'API',
  functions: {
    initialize: 'LMSInitialize',
    finish: 'LMSFinish',
    getValue: 'LMSGetValue',
    setValue: 'LMSSetValue',
    commit: 'LMSCommit',
  },
  elements: {
    learnerId: 'cmi.core.student_id',
    learnerName: 'cmi.core.student_name',
    entry: 'cmi.core.entry',
    credit: 'cmi.core.credit',
    mode: 'cmi.core.lesson_mode',
    exit: 'cmi.core.exit',
    sessionTime: 'cmi.core.session_time',
    totalTime: 'cmi.core.total_time',
    status: 'cmi.core.lesson_status',
  },
  completedStatuses: ['completed', 'passed', 'failed'],
  commitFailureCode: 101,
  finishFailureCode: 101,
  generalErrorCode: 101,
  notRestored: [
    'cmi.core.student_id',
    'cmi.core.student_name',
    'cmi.core.entry',
    'cmi.core.credit',
    'cmi.core.lesson_mode',
    'cmi.core.exit',
    'cmi.core.session_time',
    'cmi.core.total_time',
    'cmi.launch_data',
    'cmi.comments_from_lms',
  ],
  zeroTime: '0000:00:00',
  addTimes: addScorm12Times,
  // Moodle (mod/scorm/datamodels/scorm_12.php): no tracks yet: ab-initio;
  // last exit suspend: resume; otherwise empty. The tracks are loaded either way.
  entryAfter: (lastExit) => (lastExit === null ? 'ab-initio' : lastExit === 'suspend' ? 'resume' : ''),
};

export const SCORM2004: StandardInfo = {
  standard: 'scorm2004',
  label: 'SCORM 2004',
  windowProperty: 'API_1484_11',
  functions: {
    initialize: 'Initialize',
    finish: 'Terminate',
    getValue: 'GetValue',
    setValue: 'SetValue',
    commit: 'Commit',
  },
  elements: {
    learnerId: 'cmi.learner_id',
    learnerName: 'cmi.learner_name',
    entry: 'cmi.entry',
    credit: 'cmi.credit',
    mode: 'cmi.mode',
    exit: 'cmi.exit',
    sessionTime: 'cmi.session_time',
    totalTime: 'cmi.total_time',
    status: 'cmi.completion_status',
  },
  completedStatuses: ['completed'],
  commitFailureCode: 391,
  finishFailureCode: 111,
  generalErrorCode: 101,
  notRestored: [
    'cmi.learner_id',
    'cmi.learner_name',
    'cmi.entry',
    'cmi.credit',
    'cmi.mode',
    'cmi.exit',
    'cmi.session_time',
    'cmi.total_time',
    'cmi.launch_data',
    'cmi.completion_threshold',
    'cmi.scaled_passing_score',
    'cmi.max_time_allowed',
    'cmi.time_limit_action',
  ],
  zeroTime: 'PT0H0M0S',
  addTimes: addIsoDurations,
  // Moodle (mod/scorm/datamodels/scorm_13.php): no exit, normal or time-out:
  // ab-initio; suspend or logout: resume; otherwise empty.
  entryAfter: (lastExit) =>
    lastExit === null || lastExit === '' || lastExit === 'normal' || lastExit === 'time-out'
      ? 'ab-initio'
      : lastExit === 'suspend' || lastExit === 'logout'
        ? 'resume'
        : '',
};

export function standardInfo(standard: Standard): StandardInfo {
  return standard === 'scorm12' ? SCORM12 : SCORM2004;
}
