/**
 * The generated Moodle 4.5 downloads in tests/fixtures/moodle-4.5-attempts
 * (described, with what each comparison should give, in its README) as File
 * objects, as a coordinator would choose them.
 */
const BASE = new URL('../../fixtures/moodle-4.5-attempts/', import.meta.url);
const GRADES = 'gradebook/WED-teamZuid-2026 Grades-20261102_0915-comma_separated.csv';

export const FOLDERS = {
  /** Several attempts per learner in one activity. */
  attempts: ['interactions/WED-teamZuid-2026 Zelfassessment warme en effectieve dienstverlening-20261102_0915-tab_separated.txt', GRADES],
  baseline: ['interactions/WED-teamZuid-2026 Nulmeting zelfassessment-20261102_0915-tab_separated.txt', GRADES],
  'follow-up': ['interactions/WED-teamZuid-2026 Vervolgmeting zelfassessment-20261102_0915-tab_separated.txt', GRADES],
} as const;

/** A folder's Interactions download and, unless left out, its gradebook export (by which the teacher is recognised). */
export async function attemptFiles(folder: keyof typeof FOLDERS, withGradebook = true): Promise<File[]> {
  const paths = withGradebook ? FOLDERS[folder] : FOLDERS[folder].slice(0, 1);
  return Promise.all(
    paths.map(async (file) => {
      const response = await fetch(new URL(`${folder}/${file}`, BASE));
      if (!response.ok) throw new Error(`${folder}/${file}: ${response.status}`);
      return new File([await response.blob()], file.split('/').at(-1)!);
    }),
  );
}

/** Whatever the page shows must not name a person of the sample team. */
export const PERSON = /Lotte|Ahmed|Eva |Thijs|Noor|Bram|Yara|Sven|Marieke|learner3|voorbeeldstad/;
