import type { ApiCall, ScormVersion } from './scorm-lms.js';

/**
 * The data-model rules Moodle 4.5 applies (mod/scorm datamodels), stricter
 * than scorm-again: identifiers without spaces, vocabulary values only,
 * scores within 0–100, and an empty string for LMSCommit/LMSFinish.
 */
type Rule = [pattern: RegExp, check: (value: string) => boolean, what: string];

const identifier = (value: string) => /^[\x21-\x7E]{1,255}$/.test(value);
const score = (value: string) => /^\d+(\.\d+)?$/.test(value) && Number(value) >= 0 && Number(value) <= 100;
const oneOf =
  (...allowed: string[]) =>
  (value: string) =>
    allowed.includes(value);

const SCORM12: Rule[] = [
  [/^cmi\.core\.lesson_status$/, oneOf('passed', 'completed', 'failed', 'incomplete', 'browsed', 'not attempted'), 'status vocabulary'],
  [/^cmi\.core\.exit$/, oneOf('time-out', 'suspend', 'logout', ''), 'exit vocabulary'],
  [/^cmi\.core\.lesson_location$/, (v) => v.length <= 255, 'CMIString255'],
  [/^cmi\.core\.score\.(raw|min|max)$/, score, 'a score from 0 to 100'],
  [/^cmi\.core\.session_time$/, (v) => /^\d{2,4}:\d{2}:\d{2}(\.\d{1,2})?$/.test(v), 'CMITimespan'],
  [/^cmi\.suspend_data$/, (v) => v.length <= 4096, 'CMIString4096'],
  [/^cmi\.objectives\.\d+\.id$/, identifier, 'CMIIdentifier'],
  [/^cmi\.objectives\.\d+\.score\.(raw|min|max)$/, score, 'a score from 0 to 100'],
  [/^cmi\.objectives\.\d+\.status$/, oneOf('passed', 'completed', 'failed', 'incomplete', 'browsed', 'not attempted'), 'status vocabulary'],
  [/^cmi\.interactions\.\d+\.id$/, identifier, 'CMIIdentifier'],
  [
    /^cmi\.interactions\.\d+\.type$/,
    oneOf('true-false', 'choice', 'fill-in', 'matching', 'performance', 'sequencing', 'likert', 'numeric'),
    'interaction type vocabulary',
  ],
  [/^cmi\.interactions\.\d+\.objectives\.\d+\.id$/, identifier, 'CMIIdentifier'],
  [/^cmi\.interactions\.\d+\.time$/, (v) => /^\d{2}:\d{2}:\d{2}(\.\d{1,2})?$/.test(v), 'CMITime'],
  [/^cmi\.interactions\.\d+\.student_response$/, (v) => /^[0-9a-z]?$/.test(v), 'a single-character likert response'],
];

const SCORM2004: Rule[] = [
  [/^cmi\.completion_status$/, oneOf('completed', 'incomplete', 'not attempted', 'unknown'), 'completion vocabulary'],
  [/^cmi\.success_status$/, oneOf('passed', 'failed', 'unknown'), 'success vocabulary'],
  [/^cmi\.exit$/, oneOf('time-out', 'suspend', 'logout', 'normal', ''), 'exit vocabulary'],
  [/^cmi\.location$/, (v) => v.length <= 1000, 'characterstring(SPM 1000)'],
  [/^cmi\.progress_measure$/, (v) => Number(v) >= 0 && Number(v) <= 1, 'a real from 0 to 1'],
  [/^cmi\.score\.scaled$/, (v) => Number(v) >= -1 && Number(v) <= 1, 'a real from -1 to 1'],
  [/^cmi\.score\.(raw|min|max)$/, score, 'a score from 0 to 100'],
  [/^cmi\.session_time$/, (v) => /^P(\d+Y)?(\d+M)?(\d+D)?(T(\d+H)?(\d+M)?(\d+(\.\d{1,2})?S)?)?$/.test(v), 'timeinterval'],
  [/^cmi\.suspend_data$/, (v) => v.length <= 64000, 'characterstring(SPM 64000)'],
  [/^cmi\.objectives\.\d+\.id$/, identifier, 'long_identifier without spaces'],
  [/^cmi\.objectives\.\d+\.description$/, (v) => v.length <= 250, 'localized_string(SPM 250)'],
  [/^cmi\.objectives\.\d+\.score\.scaled$/, (v) => Number(v) >= -1 && Number(v) <= 1, 'a real from -1 to 1'],
  [/^cmi\.objectives\.\d+\.score\.(raw|min|max)$/, score, 'a score from 0 to 100'],
  [/^cmi\.objectives\.\d+\.success_status$/, oneOf('passed', 'failed', 'unknown'), 'success vocabulary'],
  [/^cmi\.objectives\.\d+\.completion_status$/, oneOf('completed', 'incomplete', 'not attempted', 'unknown'), 'completion vocabulary'],
  [/^cmi\.interactions\.\d+\.id$/, identifier, 'long_identifier without spaces'],
  [
    /^cmi\.interactions\.\d+\.type$/,
    oneOf('true-false', 'choice', 'fill-in', 'long-fill-in', 'matching', 'performance', 'sequencing', 'likert', 'numeric', 'other'),
    'interaction type vocabulary',
  ],
  [/^cmi\.interactions\.\d+\.description$/, (v) => v.length <= 250, 'localized_string(SPM 250)'],
  [/^cmi\.interactions\.\d+\.objectives\.\d+\.id$/, identifier, 'long_identifier without spaces'],
  [
    /^cmi\.interactions\.\d+\.timestamp$/,
    (v) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,2}(Z|[+-]\d{2}(:\d{2})?)?)?$/.test(v),
    'time(second,10,0)',
  ],
  [/^cmi\.interactions\.\d+\.learner_response$/, identifier, 'short_identifier without spaces'],
];

/** Every way the calls break Moodle's rules; empty when Moodle would accept them all. */
export function moodleViolations(version: ScormVersion, calls: readonly ApiCall[]): string[] {
  const rules = version === '1.2' ? SCORM12 : SCORM2004;
  const setter = version === '1.2' ? 'LMSSetValue' : 'SetValue';
  const emptyArgOnly = version === '1.2' ? ['LMSInitialize', 'LMSCommit', 'LMSFinish'] : ['Initialize', 'Commit', 'Terminate'];
  const problems: string[] = [];
  for (const { method, args } of calls) {
    if (emptyArgOnly.includes(method) && args[0] !== '') problems.push(`${method}(${JSON.stringify(args[0])}): must be ""`);
    if (method !== setter) continue;
    const [element = '', value = ''] = args;
    const rule = rules.find(([pattern]) => pattern.test(element));
    if (!rule) problems.push(`${element}: not an element the package should write`);
    else if (!rule[1](value)) problems.push(`${element} = ${JSON.stringify(value)}: not ${rule[2]}`);
  }
  return problems;
}
