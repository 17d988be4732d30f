import { expect } from '@open-wc/testing';
import {
  chooseLanguage,
  firstOfferedLanguage,
  offeredLanguage,
  otherLanguage,
} from '../../src/content/languages.js';

describe('languages: what a preference names', () => {
  const cases: Array<[string, 'nl' | 'en' | null]> = [
    ['en', 'en'],
    ['EN', 'en'],
    ['en-GB', 'en'],
    ['en-US', 'en'],
    ['en_US', 'en'],
    ['eng', 'en'],
    ['English', 'en'],
    [' en-gb ', 'en'],
    ['en;q=0.8', 'en'],
    ['nl', 'nl'],
    ['nl-BE', 'nl'],
    ['nl_NL', 'nl'],
    ['nld', 'nl'],
    ['dut', 'nl'],
    ['Nederlands', 'nl'],
    ['fr-FR', null],
    ['de', null],
    ['engl', null],
    ['', null],
    ['constructor', null],
    ['__proto__', null],
  ];
  for (const [preference, expected] of cases) {
    it(`${JSON.stringify(preference)} → ${expected}`, () => {
      expect(offeredLanguage(preference)).to.equal(expected);
    });
  }

  it('takes the first offered language of a list: cmi5, Accept-Language or the browser’s', () => {
    expect(firstOfferedLanguage('fr-FR,en-US')).to.equal('en');
    expect(firstOfferedLanguage('fr-FR, nl-NL ,en-US')).to.equal('nl');
    expect(firstOfferedLanguage('de-DE,fr')).to.equal(null);
    expect(firstOfferedLanguage(['de', 'en-GB', 'nl'])).to.equal('en');
    expect(firstOfferedLanguage([])).to.equal(null);
    expect(firstOfferedLanguage(null)).to.equal(null);
    expect(firstOfferedLanguage('')).to.equal(null);
  });
});

describe('languages: which language the learner gets', () => {
  const rows: Array<[string, Parameters<typeof chooseLanguage>[0], 'nl' | 'en']> = [
    ['the learner’s choice over everything', { chosen: 'nl', lms: 'en-GB', browser: ['en'] }, 'nl'],
    ['the learner’s choice of English', { chosen: 'en', lms: 'nl', browser: ['nl'] }, 'en'],
    ['else the LMS', { chosen: null, lms: 'en-GB', browser: ['nl'] }, 'en'],
    ['the LMS in Dutch over an English browser', { chosen: null, lms: 'nl-NL', browser: ['en-US'] }, 'nl'],
    ['an LMS language not offered: the browser', { chosen: null, lms: 'fr-FR', browser: ['en-US'] }, 'en'],
    ['no LMS preference: the browser', { chosen: null, lms: null, browser: ['en-US', 'nl'] }, 'en'],
    ['nothing offered anywhere: Dutch', { chosen: null, lms: 'de', browser: ['fr', 'es'] }, 'nl'],
    ['nothing at all: Dutch', { chosen: null, lms: null, browser: [] }, 'nl'],
  ];
  for (const [name, sources, expected] of rows) {
    it(`${name} → ${expected}`, () => {
      expect(chooseLanguage(sources)).to.equal(expected);
    });
  }

  it('the switch offers the other language', () => {
    expect(otherLanguage('nl')).to.equal('en');
    expect(otherLanguage('en')).to.equal('nl');
  });
});
