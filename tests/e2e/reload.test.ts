import { expect } from '@open-wc/testing';
import { deepQueryAll, deepText } from '../helpers/dom.js';
import { TEST_STORAGE_KEY, clearSavedState, currentScreen, launchApp, rendered } from './app-harness.js';
import { LANGUAGES, TEXTS, backToDefaultLanguage, launchedIn } from './languages.js';

const improvement = 'Eerst luisteren,\ndan pas uitleggen – “écht” begrijpen';

for (const language of LANGUAGES) {
  describe(`reload (${language})`, () => {
    const { ui } = TEXTS[language];
    /** A launch, or a reload of it: the same address, so the same language. */
    const launch = () => launchApp(launchedIn(language));
    beforeEach(clearSavedState);
    afterEach(async () => {
      clearSavedState();
      await backToDefaultLanguage();
    });

    it('brings back every answer and every text typed before the reload', async () => {
      const first = await launch();
      const { store } = first;
      store.dispatch({ type: 'go-to', screen: 'video' });
      store.dispatch({ type: 'mark-video-watched' });
      store.dispatch({ type: 'go-to', screen: 'statements' });
      store.dispatch({ type: 'answer', statement: 'begrijpen_1', answer: 'helemaal_oneens' });
      store.dispatch({ type: 'answer', statement: 'kunnen_4', answer: 'eens' });
      // Answering the rest through the real radios, as a learner does.
      await rendered(first.app);
      for (const radio of deepQueryAll<HTMLInputElement>(currentScreen(first.app), 'input[value=oneens]')) {
        if (!store.state.answers[radio.name as keyof typeof store.state.answers]) radio.click();
      }
      store.dispatch({ type: 'go-to', screen: 'analysis' });
      store.dispatch({ type: 'go-to', screen: 'plan' });
      await rendered(first.app);
      const textarea = deepQueryAll<HTMLTextAreaElement>(currentScreen(first.app), 'textarea')[0]!;
      textarea.value = improvement;
      textarea.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
      store.dispatch({ type: 'add-action' });
      const actionId = store.state.plan.actions[0]!.id;
      store.dispatch({ type: 'update-action', id: actionId, changes: { text: 'Huisbezoek plannen', date: '2027-02-01' } });
      store.dispatch({ type: 'edit-plan', changes: { needs: 'Tijd en een collega', timeline: 'Voor de zomer', planDate: '2027-06-30' } });
      const before = store.state;
      expect(before.plan.improvement).to.equal(improvement);
      first.app.remove();

      const second = await launch();
      expect(second.store.state).to.deep.equal(before);
      await rendered(second.app);
      expect(second.app.getAttribute('lang')).to.equal(language);
      expect(currentScreen(second.app).localName).to.equal('wed-plan-screen');
      const screen = currentScreen(second.app);
      const values = deepQueryAll<HTMLInputElement | HTMLTextAreaElement>(screen, 'textarea, input').map((f) => f.value);
      expect(values).to.include.members([
        improvement,
        'Huisbezoek plannen',
        '2027-02-01',
        'Tijd en een collega',
        'Voor de zomer',
        '2027-06-30',
      ]);

      second.store.dispatch({ type: 'go-to', screen: 'statements' });
      await rendered(second.app);
      const checked = deepQueryAll<HTMLInputElement>(currentScreen(second.app), 'input:checked');
      expect(checked).to.have.length(12);
      expect(checked.find((r) => r.name === 'begrijpen_1')!.value).to.equal('helemaal_oneens');
      expect(checked.find((r) => r.name === 'kunnen_4')!.value).to.equal('eens');
    });

    it('starts afresh with a notice when the saved state is broken, and keeps the broken copy', async () => {
      window.localStorage.setItem(TEST_STORAGE_KEY, '{"v":1,"answers":{"begrijpen_1":"misschien"}');
      const { app, store } = await launch();
      expect(store.state.screen).to.equal('intro');
      expect(deepText(app)).to.contain(ui.app.brokenStateNotice);
      expect(window.localStorage.getItem(`${TEST_STORAGE_KEY}:unreadable`)).to.contain('misschien');
      await expect(app).to.be.accessible();
    });

    it('starts afresh with a notice when the saved state belongs to something else', async () => {
      window.localStorage.setItem(TEST_STORAGE_KEY, JSON.stringify({ foo: 'bar' }));
      const { app, store } = await launch();
      expect(store.state.answers).to.deep.equal({});
      expect(deepText(app)).to.contain(ui.app.brokenStateNotice);
    });

    it('tells the learner that results stay in this browser', async () => {
      const { app } = await launch();
      expect(deepText(app)).to.contain(ui.app.standaloneNote);
    });
  });
}
