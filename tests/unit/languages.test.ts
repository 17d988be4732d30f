import { expect } from '@open-wc/testing';
import config from '../../content/config.json';
import { DEFAULT_LANGUAGE, chooseLanguage, firstOfferedLanguage, offeredLanguage, otherLanguage } from '../../src/content/languages.js';

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

  it('takes the first offered language of a list, as cmi5’s languagePreference gives it', () => {
    expect(firstOfferedLanguage('fr-FR,en-US')).to.equal('en');
    expect(firstOfferedLanguage('fr-FR, nl-NL ,en-US')).to.equal('nl');
    expect(firstOfferedLanguage('de-DE,fr')).to.equal(null);
    expect(firstOfferedLanguage(null)).to.equal(null);
    expect(firstOfferedLanguage('')).to.equal(null);
  });
});

describe('languages: which language the learner gets', () => {
  it('the default language is content/config.json’s: Dutch', () => {
    expect(DEFAULT_LANGUAGE).to.equal(config.defaultLanguage);
    expect(DEFAULT_LANGUAGE).to.equal('nl');
  });

  const rows: Array<[string, Parameters<typeof chooseLanguage>[0], 'nl' | 'en']> = [
    ['the learner’s choice over the LMS’s', { chosen: 'nl', lms: 'en-GB' }, 'nl'],
    ['the learner’s choice of English', { chosen: 'en', lms: 'nl' }, 'en'],
    ['the learner’s choice of English, no LMS preference', { chosen: 'en', lms: null }, 'en'],
    ['else the LMS or the launch', { chosen: null, lms: 'en-GB' }, 'en'],
    ['the LMS in Dutch', { chosen: null, lms: 'nl-NL' }, 'nl'],
    ['the first offered language of cmi5’s list', { chosen: null, lms: 'fr-FR,en-US' }, 'en'],
    ['an LMS language not offered: the default', { chosen: null, lms: 'fr-FR' }, 'nl'],
    ['no preference at all: the default', { chosen: null, lms: null }, 'nl'],
    ['an empty preference: the default', { chosen: null, lms: '' }, 'nl'],
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
