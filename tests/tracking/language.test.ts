import { expect } from '@open-wc/testing';
import type { Statement } from '@xapi/xapi';
import englishAssessment from '../../content/en/assessment.json';
import englishIntro from '../../content/en/intro.json';
import dutchAssessment from '../../content/nl/assessment.json';
import dutchIntro from '../../content/nl/intro.json';
import { setLanguage, texts } from '../../src/content/texts.js';
import { STATEMENT_IDS } from '../../src/model/scoring.js';
import type { Connection } from '../../src/tracking/connect.js';
import { browserPrefers, launchApp } from '../e2e/app-harness.js';
import { deepText } from '../helpers/dom.js';
import { eventually } from '../helpers/eventually.js';
import { FakeCmi5Lms } from './fake-cmi5-lms.js';
import { moodleViolations } from './moodle-rules.js';
import { ScormLms, type ScormVersion } from './scorm-lms.js';
import { FAST, TRACKING_KEY, afterSaveTimers, clearTrackingStorage, completeAssessment, savesDone } from './scorm-run.js';
import { connectLaunched, endedSession, launchXapiAttempt, storedStatements, verbOf } from './xapi-run.js';
import { connectTracker } from '../../src/tracking/connect.js';

const PREFERENCE: Record<ScormVersion, string> = {
  '1.2': 'cmi.student_preference.language',
  '2004': 'cmi.learner_preference.language',
};

/** A SCORM LMS whose learner prefers `language` (as the LMS writes it), mounted on this window. */
function scormLms(version: ScormVersion, language: string): ScormLms {
  const lms = new ScormLms(version, { committed: new Map([[PREFERENCE[version], language]]) });
  lms.mount();
  return lms;
}

async function launchScorm() {
  const connection = await connectTracker(window, TRACKING_KEY, FAST);
  return { ...(await launchApp(connection)), connection };
}

/** Values that differ between any two runs: times of day, timestamps, durations. */
const CLOCK = /(\.time|\.timestamp|session_time)$/;

/** The value with what differs between two runs blanked: the clock, and the attempt id in suspend_data. */
const comparable = (element: string, value: string) =>
  CLOCK.test(element) ? '(time)' : element === 'cmi.suspend_data' ? value.replace(/a[0-9a-z]{6}n/, 'a(attempt)n') : value;

/** Everything the LMS keeps, with the clock values blanked; SCORM 2004 descriptions left out when asked. */
function committedValues(lms: ScormLms, { descriptions }: { descriptions: boolean }): Record<string, string> {
  return Object.fromEntries(
    [...lms.committed]
      .filter(([element]) => descriptions || !element.endsWith('.description'))
      .filter(([element]) => !Object.values(PREFERENCE).includes(element))
      .map(([element, value]) => [element, comparable(element, value)])
      .sort(([a], [b]) => (a < b ? -1 : 1)),
  );
}

/** The learner's language as shown: the language module, the page and the first screen's heading. */
function expectShownIn(app: HTMLElement, language: 'nl' | 'en') {
  expect(texts.language).to.equal(language);
  expect(document.documentElement.lang).to.equal(language);
  expect(app.getAttribute('lang')).to.equal(language);
}

/** The first statement of a launch carries the language chosen before the app shows it. */
const initialized = (statements: Statement[]) => statements.find((s) => verbOf(s) === 'initialized');

describe('language: the learner’s choice, else the LMS’s or the launch’s, else Dutch; never the browser’s', () => {
  /** Every launch here is on a browser set to English, as a Dutch learner’s often is. */
  let restoreBrowser: () => void;
  beforeEach(async () => {
    await clearTrackingStorage();
    restoreBrowser = browserPrefers(['en-US', 'en']);
  });
  afterEach(async () => {
    restoreBrowser();
    ScormLms.unmountAll();
    await clearTrackingStorage();
    await setLanguage('nl');
  });

  for (const version of ['1.2', '2004'] as ScormVersion[]) {
    it(`SCORM ${version}: no ${PREFERENCE[version]} (as Moodle) gives Dutch on an English browser`, async () => {
      scormLms(version, '');
      const { app, store, connection } = await launchScorm();
      expectShownIn(app, 'nl');
      expect(deepText(app)).to.contain(dutchIntro.intro.stepsHeading);
      expect(store.state.language).to.equal(null);
      connection.tracker.end();
    });

    it(`SCORM ${version}: ${PREFERENCE[version]} = en-GB gives English`, async () => {
      scormLms(version, 'en-GB');
      const { app, store, connection } = await launchScorm();
      expectShownIn(app, 'en');
      expect(deepText(app)).to.contain(englishIntro.intro.stepsHeading);
      expect(store.state.language, 'the LMS chose, not the learner').to.equal(null);
      connection.tracker.end();
    });

    it(`SCORM ${version}: a preference for a language not offered (fr-FR) gives Dutch`, async () => {
      scormLms(version, 'fr-FR');
      const { app, connection } = await launchScorm();
      expectShownIn(app, 'nl');
      connection.tracker.end();
    });
  }

  it('SCORM 1.2: the learner’s saved choice wins over the LMS’s preference', async () => {
    const lms = scormLms('1.2', 'en');
    const first = await launchScorm();
    expectShownIn(first.app, 'en');
    first.store.dispatch({ type: 'set-language', language: 'nl' });
    await setLanguage('nl');
    await savesDone(lms, first.store);
    first.connection.tracker.end();
    first.app.remove();

    const again = lms.resume();
    ScormLms.unmountAll();
    again.mount();
    const second = await launchScorm();
    expect(second.store.state.language).to.equal('nl');
    expectShownIn(second.app, 'nl');
    second.connection.tracker.end();
  });

  it('SCORM 1.2 without a preference: the learner’s switch to English is remembered in the next session', async () => {
    const lms = scormLms('1.2', '');
    const first = await launchScorm();
    expectShownIn(first.app, 'nl');
    first.app.shadowRoot!.querySelector<HTMLButtonElement>('button.language')!.click();
    await eventually(
      () => first.store.state.language,
      (language) => language === 'en',
    );
    await eventually(
      () => lms.committed.get('cmi.suspend_data') ?? '',
      (data) => /l2/.test(data),
    );
    first.connection.tracker.end();
    first.app.remove();
    await setLanguage('nl');

    const again = lms.resume();
    ScormLms.unmountAll();
    again.mount();
    const second = await launchScorm();
    expect(second.store.state.language).to.equal('en');
    expectShownIn(second.app, 'en');
    second.connection.tracker.end();
  });

  it('SCORM 1.2 in review mode: the learner may switch the language; nothing is written', async () => {
    const lms = new ScormLms('1.2', { mode: 'review', committed: new Map([['cmi.suspend_data', 'W15573123412341234.']]) });
    lms.mount();
    const { app, store, connection } = await launchScorm();
    expect(store.readOnly).to.equal(true);
    app.shadowRoot!.querySelector<HTMLButtonElement>('button.language')!.click();
    await eventually(
      () => store.state.language,
      (language) => language === 'en',
    );
    await eventually(
      () => app.getAttribute('lang'),
      (language) => language === 'en',
    );
    expectShownIn(app, 'en');
    // Time for a save that must not happen.
    await afterSaveTimers();
    connection.tracker.end();
    expect(lms.count('set')).to.equal(0);
  });

  it('cmi5 without a languagePreference gives Dutch on an English browser, and its statements say so', async () => {
    const lms = new FakeCmi5Lms();
    const restore = routeFetchTo(lms);
    try {
      const connection = await connectLaunched(lms.launchSearch);
      const { app } = await launchApp(connection);
      expectShownIn(app, 'nl');
      connection.tracker.end();
      const statements = await endedSession(lms);
      for (const statement of statements) expect(statement.context?.language, verbOf(statement)).to.equal('nl-NL');
    } finally {
      restore();
    }
  });

  it('cmi5: languagePreference "fr-FR,en-US" gives English; statements say so and name every activity in both languages', async () => {
    const lms = new FakeCmi5Lms({ preferences: { languagePreference: 'fr-FR,en-US' } });
    const restore = routeFetchTo(lms);
    try {
      const connection = await connectLaunched(lms.launchSearch);
      const { app, store } = await launchApp(connection);
      expectShownIn(app, 'en');
      completeAssessment(store);
      connection.tracker.end();
      const statements = await endedSession(lms);
      for (const statement of statements) expect(statement.context?.language, verbOf(statement)).to.equal('en-US');
      const answered = statements.find((s) => verbOf(s) === 'answered')!;
      const definition = (answered.object as { definition: { name: Record<string, string> } }).definition;
      expect(definition.name).to.deep.equal({
        'nl-NL': dutchAssessment.pillars[0]!.statements[0]!.text,
        'en-US': englishAssessment.pillars[0]!.statements[0]!.text,
      });
    } finally {
      restore();
    }
  });

  it('xAPI without a lang launch parameter gives Dutch on an English browser, from the first statement on', async () => {
    const { endpoint, registration, connection, app } = await launchXapiAttempt();
    expect(connection.tracker.mode).to.equal('xapi');
    expectShownIn(app, 'nl');
    connection.tracker.end();
    const statements = await eventually(
      () => storedStatements(endpoint, registration),
      (list) => list.some((s) => verbOf(s) === 'terminated'),
    );
    expect(initialized(statements)?.context?.language).to.equal('nl-NL');
  });

  it('xAPI: a lang launch parameter gives English, from the first statement on', async () => {
    const { endpoint, registration, connection, app, store } = await launchXapiAttempt('&lang=en');
    expect(connection.tracker.mode).to.equal('xapi');
    expectShownIn(app, 'en');
    expect(store.state.language).to.equal(null);
    connection.tracker.end();
    const statements = await eventually(
      () => storedStatements(endpoint, registration),
      (list) => list.some((s) => verbOf(s) === 'terminated'),
    );
    expect(initialized(statements)?.context?.language).to.equal('en-US');
  });

  it('standalone: Dutch on an English browser; ?lang= or ?language= in the address chooses', async () => {
    for (const [search, expected] of [
      ['', 'nl'],
      ['?lang=en', 'en'],
      ['?language=en-GB', 'en'],
      ['?lang=nl', 'nl'],
      ['?lang=fr', 'nl'],
    ] as const) {
      const connection = await connectLaunched(search);
      expect(connection.tracker.mode, search).to.equal('standalone');
      const { app } = await launchApp(connection);
      expectShownIn(app, expected);
      app.remove();
      await setLanguage('nl');
    }
  });
});

describe('language: the LMS receives the same ids and values in Dutch and in English', () => {
  beforeEach(clearTrackingStorage);
  afterEach(async () => {
    ScormLms.unmountAll();
    await clearTrackingStorage();
    await setLanguage('nl');
  });

  async function scormRun(version: ScormVersion, language: string) {
    const lms = scormLms(version, language);
    const { app, store, connection } = await launchScorm();
    // The launch's own commit first, whatever the language took to load: both runs then write alike.
    await savesDone(lms, store);
    completeAssessment(store);
    await savesDone(lms, store);
    connection.tracker.end();
    app.remove();
    ScormLms.unmountAll();
    await setLanguage('nl');
    return lms;
  }

  for (const version of ['1.2', '2004'] as ScormVersion[]) {
    it(`SCORM ${version}: a full run commits the same values in both languages${version === '2004' ? ', apart from the descriptions' : ''}`, async () => {
      const dutch = await scormRun(version, 'nl-NL');
      const english = await scormRun(version, 'en-US');
      expect(committedValues(english, { descriptions: false })).to.deep.equal(committedValues(dutch, { descriptions: false }));
      // Every value the LMS received, in the order it first arrived (a commit carries the whole picture, so values repeat).
      const setValues = (lms: ScormLms) => [
        ...new Set(
          lms.sets
            .filter(([element]) => !element.endsWith('.description'))
            .map(([element, value]) => `${element}=${comparable(element, value)}`),
        ),
      ];
      expect(setValues(english)).to.deep.equal(setValues(dutch));
      // The answers as they were written, in order: ids, types, responses, objectives.
      const answers = (lms: ScormLms) =>
        lms.sets.filter(([element]) =>
          /^cmi\.interactions\.\d+\.(id|type|student_response|learner_response|objectives\.0\.id)$/.test(element),
        );
      expect(answers(english)).to.deep.equal(answers(dutch));
      expect(answers(english).length).to.equal(12 * 4);
      for (const lms of [dutch, english]) expect(moodleViolations(version, lms.calls)).to.deep.equal([]);

      if (version === '2004') {
        // The descriptions are in the learner's language.
        STATEMENT_IDS.forEach((id, n) => {
          const [pillar, k] = [Math.floor(n / 4), n % 4];
          expect(dutch.committed.get(`cmi.interactions.${n}.description`), id).to.equal(
            dutchAssessment.pillars[pillar]!.statements[k]!.text,
          );
          expect(english.committed.get(`cmi.interactions.${n}.description`), id).to.equal(
            englishAssessment.pillars[pillar]!.statements[k]!.text,
          );
        });
        [0, 1, 2].forEach((n) => {
          expect(english.committed.get(`cmi.objectives.${n}.description`)).to.equal(englishAssessment.pillars[n]!.question);
          expect(dutch.committed.get(`cmi.objectives.${n}.description`)).to.equal(dutchAssessment.pillars[n]!.question);
        });
      } else {
        expect([...english.committed.keys()].filter((element) => element.endsWith('.description'))).to.deep.equal([]);
      }
    });
  }

  it('SCORM 2004: a switch mid-way writes the objectives’ descriptions again in the new language', async () => {
    const lms = scormLms('2004', '');
    const { app, store, connection } = await launchScorm();
    await savesDone(lms, store);
    expect(lms.committed.get('cmi.objectives.2.description')).to.equal(dutchAssessment.pillars[2]!.question);
    const toggle = app.shadowRoot!.querySelector<HTMLButtonElement>('button.language')!;
    toggle.click();
    await eventually(
      () => store.state.language,
      (language) => language === 'en',
    );
    await savesDone(lms, store);
    await eventually(
      () => lms.committed.get('cmi.objectives.2.description'),
      (text) => text === englishAssessment.pillars[2]!.question,
    );
    expect(lms.committed.get('cmi.suspend_data')).to.match(/l2/);
    connection.tracker.end();
  });

  it('cmi5: the same statements (verbs, activity ids, results) in both languages', async () => {
    const run = async (languagePreference: string): Promise<Statement[]> => {
      const lms = new FakeCmi5Lms({ preferences: { languagePreference } });
      const restore = routeFetchTo(lms);
      try {
        const connection: Connection = await connectLaunched(lms.launchSearch);
        const { app, store } = await launchApp(connection);
        completeAssessment(store);
        connection.tracker.end();
        app.remove();
        return await endedSession(lms);
      } finally {
        restore();
        await setLanguage('nl');
      }
    };
    const facts = (statements: Statement[]) =>
      statements.map((s) => ({
        verb: s.verb.id,
        object: (s.object as { id: string }).id,
        definition: (s.object as { definition?: unknown }).definition ?? null,
        result: s.result ? { ...s.result, duration: s.result.duration ? '(duration)' : undefined } : null,
      }));
    const dutch = await run('nl-NL');
    const english = await run('en-GB');
    expect(facts(english)).to.deep.equal(facts(dutch));
    expect(new Set(dutch.map((s) => s.context?.language))).to.deep.equal(new Set(['nl-NL']));
    expect(new Set(english.map((s) => s.context?.language))).to.deep.equal(new Set(['en-US']));
  });
});

/** The package's requests go to the fake cmi5 LMS while a test runs. */
function routeFetchTo(lms: FakeCmi5Lms): () => void {
  const original = window.fetch;
  window.fetch = lms.fetch;
  return () => (window.fetch = original);
}
