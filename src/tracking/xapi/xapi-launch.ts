import { config } from '../../content/config.js';
import type { BrowserStorage, KeyValueStore } from '../../persistence/browser-storage.js';
import type { SaveTimings } from '../save-scheduler.js';
import { startCmi5Session } from './cmi5-launch.js';
import { LaunchError, readLaunch, type XapiLaunch } from './launch-params.js';
import { LrsClient } from './lrs-client.js';
import { LrsHistory } from './lrs-history.js';
import { StatementQueue } from './statement-queue.js';
import { uuid } from './uuid.js';
import type { StatementContext } from './statements.js';
import { XapiTracker } from './xapi-tracker.js';

export interface XapiConnection {
  tracker: XapiTracker;
  /** cmi5 returnURL: where the learner goes when leaving the assessment. */
  exitUrl: string | null;
  /** The learner's completed profiles of this package in the LRS. */
  history: LrsHistory;
}

/** Entry point of the xAPI/cmi5 chunk: reads the launch, sets up the LRS client, the queue and the tracker. */
export async function connectXapi(
  search: string,
  storage: KeyValueStore,
  copyFor: (attempt: string) => BrowserStorage,
  timings?: SaveTimings,
): Promise<XapiConnection> {
  const launch = readLaunch(search);
  if (!launch) throw new LaunchError('no LRS endpoint in the launch URL');
  const session = launch.kind === 'cmi5' ? await startCmi5Session(launch) : null;
  const client = new LrsClient({ endpoint: launch.endpoint, auth: session ? session.auth : (launch as XapiLaunch).auth });
  const registration = launch.registration;
  const context: StatementContext = {
    actor: launch.actor,
    activityId: launch.activityId ?? config.activityIri,
    registration,
    cmi5: session !== null,
    ...(session ? { contextTemplate: session.contextTemplate } : {}),
    newId: uuid,
    now: () => new Date(),
  };
  const queue = new StatementQueue({
    storage,
    // Per attempt, so statements still queued from an earlier attempt are never mixed in; no credentials here.
    key: `statements:${registration ?? 'none'}`,
    send: (batch) => client.sendStatements(batch),
    sendOnUnload: (batch) => client.sendOnUnload(batch),
  });
  // In cmi5 the agent is the launch's actor, whom the LMS's documents (LMS.LaunchData, preferences) are for as well.
  const history = new LrsHistory({ client, agent: launch.actor, outbox: storage, ...(timings ? { retryMs: timings.retryMs } : {}) });
  const tracker = new XapiTracker({
    mode: launch.kind,
    client,
    queue,
    context,
    readOnly: session !== null && session.launchMode !== 'Normal',
    languagePreference: session ? session.languagePreference : (launch as XapiLaunch).language,
    copy: copyFor(`${launch.kind}:${JSON.stringify(launch.actor)}:${registration ?? 'none'}`),
    ...(timings ? { timings } : {}),
    history,
  });
  return { tracker, exitUrl: session?.returnUrl ?? null, history };
}
