import { expect } from '@open-wc/testing';
import { CONTENT_BY_LANGUAGE } from '../../src/content/all-languages.js';
import type { AssessmentContent } from '../../src/content/types.js';
import { STATEMENT_IDS } from '../../src/model/scoring.js';
import type { ScormValue } from '../../src/tracking/scorm/scorm-dialect.js';
import { scorm12 } from '../../src/tracking/scorm/scorm12-dialect.js';
import { scorm2004 } from '../../src/tracking/scorm/scorm2004-dialect.js';
import { completedState } from '../helpers/states.js';

const ENGLISH = CONTENT_BY_LANGUAGE.en;
const DUTCH = CONTENT_BY_LANGUAGE.nl;
const AT = new Date(Date.UTC(2026, 10, 29, 23, 7, 0));
const state = completedState('oneens', { finished: true, screen: 'done', reached: 'done' });

const withoutDescriptions = (values: readonly ScormValue[]) => values.filter(([element]) => !element.endsWith('.description'));
const descriptions = (values: readonly ScormValue[]) => Object.fromEntries(values.filter(([element]) => element.endsWith('.description')));

describe('SCORM dialects: what they write follows from their arguments', () => {
  describe('SCORM 2004', () => {
    it('describes the objectives with the pillars’ questions of the texts given, whatever language is shown', () => {
      expect(descriptions(scorm2004.stateValues(state, ENGLISH))).to.deep.equal({
        'cmi.objectives.0.description': ENGLISH.pillars[0]!.question,
        'cmi.objectives.1.description': ENGLISH.pillars[1]!.question,
        'cmi.objectives.2.description': ENGLISH.pillars[2]!.question,
      });
      expect(descriptions(scorm2004.stateValues(state, DUTCH))['cmi.objectives.2.description']).to.equal(DUTCH.pillars[2]!.question);
    });

    it('describes an interaction with the statement of the texts given', () => {
      expect(scorm2004.interactionValues(9, 'kunnen_2', 'oneens', AT, ENGLISH)).to.deep.equal([
        ['cmi.interactions.9.id', 'kunnen_2'],
        ['cmi.interactions.9.type', 'likert'],
        ['cmi.interactions.9.description', ENGLISH.pillars[2]!.statements[1]!.text],
        ['cmi.interactions.9.objectives.0.id', 'kunnen'],
        ['cmi.interactions.9.timestamp', '2026-11-29T23:07:00.00Z'],
        ['cmi.interactions.9.learner_response', 'oneens'],
      ]);
    });

    it('cuts descriptions to the 250 characters every LMS keeps', () => {
      const long = 'x'.repeat(300);
      const texts: AssessmentContent = {
        ...DUTCH,
        pillars: DUTCH.pillars.map((pillar) => ({
          ...pillar,
          question: long,
          statements: pillar.statements.map((statement) => ({ ...statement, text: long })),
        })),
      };
      expect(descriptions(scorm2004.stateValues(state, texts))['cmi.objectives.0.description']).to.equal('x'.repeat(250));
      expect(descriptions(scorm2004.interactionValues(0, 'begrijpen_1', 'eens', AT, texts))['cmi.interactions.0.description']).to.equal(
        'x'.repeat(250),
      );
    });

    it('without texts writes everything else, the same and in the same order', () => {
      expect(descriptions(scorm2004.stateValues(state, null))).to.deep.equal({});
      expect(scorm2004.stateValues(state, null)).to.deep.equal(withoutDescriptions(scorm2004.stateValues(state, ENGLISH)));
      STATEMENT_IDS.forEach((statement, n) => {
        const values = scorm2004.interactionValues(n, statement, 'eens', AT, null);
        expect(values).to.deep.equal(withoutDescriptions(scorm2004.interactionValues(n, statement, 'eens', AT, ENGLISH)));
        expect(values.map(([element]) => element)).to.include(`cmi.interactions.${n}.learner_response`);
      });
    });
  });

  describe('SCORM 1.2', () => {
    it('writes no texts: the same values with texts in any language and without', () => {
      expect(scorm12.stateValues(state, ENGLISH)).to.deep.equal(scorm12.stateValues(state, null));
      expect(scorm12.stateValues(state, DUTCH)).to.deep.equal(scorm12.stateValues(state, null));
      expect(scorm12.interactionValues(3, 'begrijpen_4', 'oneens', AT, ENGLISH)).to.deep.equal(
        scorm12.interactionValues(3, 'begrijpen_4', 'oneens', AT, null),
      );
    });
  });
});
