import type { BrowserStorage } from '../../persistence/browser-storage.js';
import type { SaveTimings } from '../save-scheduler.js';
import { ScormConnection, type Scorm12Api } from './scorm-connection.js';
import { scorm12 } from './scorm12-dialect.js';
import { ScormTracker } from './scorm-tracker.js';

/** Entry point of the SCORM 1.2 chunk. */
export function scorm12Tracker(api: Scorm12Api, copyFor: (learnerId: string) => BrowserStorage, timings?: SaveTimings): ScormTracker {
  return new ScormTracker(ScormConnection.scorm12(api), scorm12, copyFor, timings);
}
