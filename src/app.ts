import './prerendered.js';
import './elements/wed-app.js';
import { importRetrying } from './import-retrying.js';

const app = document.querySelector('wed-app') ?? document.body.appendChild(document.createElement('wed-app'));

// The introduction first: the LMS, LRS or browser storage is connected in a task after it has rendered.
// Until the connection's chunk has arrived nothing is saved, and the learner is told so if it does not come.
void app.updateComplete.then(() =>
  setTimeout(async () => {
    const { launch } = await importRetrying(
      () => import('./launch.js'),
      // Nothing is saved meanwhile: said in a notice, whose element comes in a chunk of its own then.
      () => void import('./elements/wed-notices.js').then(() => app.showNotice('save-failed')),
    );
    app.hideNotice('save-failed');
    await launch(app);
  }),
);
