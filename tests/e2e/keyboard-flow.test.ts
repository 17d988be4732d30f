import { assessment } from '../../src/content/content.js';
import { ui } from '../../src/content/ui.js';
import { clearSavedState, launchApp } from './app-harness.js';
import { completeByKeyboard } from './keyboard-run.js';

describe('keyboard only, from introduction to done', () => {
  beforeEach(clearSavedState);
  afterEach(clearSavedState);

  it('completes the whole assessment', async () => {
    const { app, store } = await launchApp();
    await completeByKeyboard(app, store, {
      start: ui.intro.start,
      videoHeading: assessment.video.heading,
      watched: ui.video.watched,
      statementsHeading: assessment.statements.heading,
      next: ui.app.next,
      analysisHeading: assessment.analysis.heading,
      planHeading: assessment.plan.heading,
      addAction: ui.plan.addAction,
      finish: ui.plan.finish,
      doneHeading: ui.done.heading,
      improvement: 'Meer uitvragen bij intake',
      action: 'Collega vragen mee te kijken',
    });
  });
});
