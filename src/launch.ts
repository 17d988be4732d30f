import type { WedApp } from './elements/wed-app.js';
import { PACKAGE_STORE_NAME } from './persistence/package-store.js';
import { start } from './start.js';
import { connectTracker } from './tracking/connect.js';

/** Connects the app to its LMS, LRS or the browser and wires it up: a chunk of its own, loaded once the introduction shows. */
export async function launch(app: WedApp): Promise<void> {
  await start(app, await connectTracker(window, PACKAGE_STORE_NAME));
}
