import type { BrowserStorage } from '../../persistence/browser-storage.js';
import type { SaveTimings } from '../save-scheduler.js';
import { ScormConnection, type Scorm2004Api } from './scorm-connection.js';
import { scorm2004 } from './scorm2004-dialect.js';
import { ScormTracker } from './scorm-tracker.js';

/** Entry point of the SCORM 2004 chunk. */
export function scorm2004Tracker(api: Scorm2004Api, copyFor: (learnerId: string) => BrowserStorage, timings?: SaveTimings): ScormTracker {
  return new ScormTracker(ScormConnection.scorm2004(api), scorm2004, copyFor, timings);
}
