import { config } from './content/config.js';
import type { WedApp } from './elements/wed-app.js';
import { start } from './start.js';
import { connectTracker } from './tracking/connect.js';

/** Connects the app to its LMS, LRS or the browser and wires it up: a chunk of its own, loaded once the introduction shows. */
export async function launch(app: WedApp): Promise<void> {
  await start(app, await connectTracker(window, `${config.identifier}:state`));
}
