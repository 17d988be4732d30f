/**
 * Moodle's column names and cell values in the English and Dutch interface
 * languages (mod_scorm, scormreport_interactions, core, grades, completion).
 * Headers are compared after normalise(): lower case, single spaces.
 */

export function normalise(text: string): string {
  return text
    .replace(/\u00a0/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** Columns of the SCORM reports (Basic, Interactions, Objectives). */
export const HEADERS = {
  name: ['name', 'naam', 'full name', 'volledige naam'],
  email: ['email address', 'email', 'e-mail address', 'e-mailadres', 'e-mail'],
  attempt: ['attempt', 'poging'],
  score: ['score', 'cijfer'],
  started: ['started on', 'gestart op', 'begonnen op'],
  last: ['last accessed on', 'laatst bekeken op', 'laatste toegang op'],
  firstName: ['first name', 'voornaam'],
  lastName: ['last name', 'surname', 'achternaam'],
} as const;

/** "Question 3" / "Vraag 3", "Response 3" / "Antwoord 3", and the two columns the report ignores. */
export const INDEXED = {
  question: /^(?:question|vraag) (\d+)$/,
  response: /^(?:response|antwoord) (\d+)$/,
  right: /^(?:right answer|juist antwoord|correct antwoord) (\d+)$/,
  result: /^(?:result|resultaat) (\d+)$/,
} as const;

/** The Objectives report: "<objective id>", "<id> status", "<id> score". */
export const OBJECTIVE = /^(begrijpen|willen|kunnen)(?: (?:status|score))?$/;

/** The gradebook's activity grade column: "SCORM package: <name> (Real)". */
export const GRADE_COLUMN = /^(?:scorm package|scorm-pakket|scorm): (.+) \((?:real|percentage|letter|echt|reëel|procent|letter)\)$/;

/** What the SCO column of a SCORM report shows when the SCO has no raw score. */
export const SCO_STATUS: Readonly<Record<string, 'completed' | 'in-progress' | 'not-started'>> = {
  completed: 'completed',
  passed: 'completed',
  failed: 'completed',
  voltooid: 'completed',
  volledig: 'completed',
  geslaagd: 'completed',
  mislukt: 'completed',
  'niet geslaagd': 'completed',
  incomplete: 'in-progress',
  onvolledig: 'in-progress',
  browsed: 'in-progress',
  voorgeproefd: 'in-progress',
  bekeken: 'in-progress',
  suspended: 'in-progress',
  onderbroken: 'in-progress',
  'not attempted': 'not-started',
  'niet geprobeerd': 'not-started',
  'niet gestart': 'not-started',
};

/** The completion report's cells. */
export const COMPLETION_STATUS: Readonly<Record<string, 'completed' | 'not-completed'>> = {
  completed: 'completed',
  'completed (achieved pass grade)': 'completed',
  'completed (did not achieve pass grade)': 'completed',
  voltooid: 'completed',
  'voltooid (met voldoende cijfer)': 'completed',
  'voltooid (zonder voldoende cijfer)': 'completed',
  'not completed': 'not-completed',
  'niet voltooid': 'not-completed',
};

/** Moodle's "no value" cell. */
export function isDash(value: string): boolean {
  return value === '-' || value === '–' || value === '';
}
