import './prerendered.js';
import './elements/wed-app.js';

const app = document.querySelector('wed-app') ?? document.body.appendChild(document.createElement('wed-app'));

/** Until the connection's chunk has arrived nothing is saved: one lost request is tried again, and the learner told meanwhile. */
async function loadLaunch(tries = 5): Promise<typeof import('./launch.js')> {
  try {
    return await import('./launch.js');
  } catch (error) {
    if (tries <= 1) throw error;
    app.showNotice('save-failed');
    await new Promise((resolve) => setTimeout(resolve, 2000));
    return loadLaunch(tries - 1);
  }
}

// The introduction first: the LMS, LRS or browser storage is connected in a task after it has rendered.
void app.updateComplete.then(() =>
  setTimeout(async () => {
    const { launch } = await loadLaunch();
    app.hideNotice('save-failed');
    await launch(app);
  }),
);
