import type { WedApp } from './elements/wed-app.js';
import type { BrowserStorage } from './persistence/browser-storage.js';
import { AssessmentStore } from './store/assessment-store.js';

/** Wires the app to its saved state: restores it, and saves every change. */
export function start(app: WedApp, storage: BrowserStorage): AssessmentStore {
  const { state, problem } = storage.load();
  const store = new AssessmentStore(state);
  app.store = store;
  if (problem) app.showNotice(problem);
  store.subscribe((next) => {
    if (!storage.save(next) && problem !== 'unavailable') app.showNotice('save-failed');
  });
  return store;
}
