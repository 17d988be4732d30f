/**
 * The xAPI and cmi5 identifiers the package's statements use: verbs, activity
 * types, cmi5 context categories and extensions.
 */
import type { Activity, Verb } from '@xapi/xapi';
import { config } from '../../content/config.js';

function verb(id: string, english: string, dutch: string): Verb {
  return { id, display: { 'en-US': english, 'nl-NL': dutch } };
}

export const VERBS = {
  initialized: verb('http://adlnet.gov/expapi/verbs/initialized', 'initialized', 'gestart'),
  answered: verb('http://adlnet.gov/expapi/verbs/answered', 'answered', 'beantwoordde'),
  scored: verb('http://adlnet.gov/expapi/verbs/scored', 'scored', 'scoorde'),
  experienced: verb('http://adlnet.gov/expapi/verbs/experienced', 'experienced', 'bekeek'),
  completed: verb('http://adlnet.gov/expapi/verbs/completed', 'completed', 'voltooide'),
  terminated: verb('http://adlnet.gov/expapi/verbs/terminated', 'terminated', 'beëindigde'),
} as const satisfies Record<string, Verb>;

export const ACTIVITY_TYPES = {
  course: 'http://adlnet.gov/expapi/activities/course',
  interaction: 'http://adlnet.gov/expapi/activities/cmi.interaction',
  objective: 'http://adlnet.gov/expapi/activities/objective',
  video: 'https://w3id.org/xapi/video/activity-type/video',
} as const;

/** Marks a "cmi5 defined" statement (cmi5 9.6.2.1); "cmi5 allowed" statements must not carry it. */
export const CMI5_CATEGORY: Activity = {
  objectType: 'Activity',
  id: 'https://w3id.org/xapi/cmi5/context/categories/cmi5',
};

/** Required on cmi5 defined statements whose result has success or completion, forbidden on others (cmi5 9.6.2.2). */
export const MOVEON_CATEGORY: Activity = {
  objectType: 'Activity',
  id: 'https://w3id.org/xapi/cmi5/context/categories/moveon',
};

/** The LMS puts the session id in the context template under this extension (cmi5 9.6.3.1). */
export const CMI5_SESSION_ID_EXTENSION = 'https://w3id.org/xapi/cmi5/context/extensions/sessionid';

/**
 * result.extensions key of a pillar's scored statement: true when the pillar
 * has an answer of 1 or 2. Built on the package's own IRI, not the launch's
 * activity id, so it is the same in every LMS.
 */
export const NEEDS_ATTENTION_EXTENSION = `${config.activityIri}/extensions/needs-attention`;
