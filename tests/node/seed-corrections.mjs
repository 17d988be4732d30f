// @ts-check
/**
 * The deliberate differences between the client's text (tests/fixtures/seed.txt)
 * and content/nl/assessment.json. This is the only list of them: the seed
 * comparison (content-seed.test.mjs) applies exactly these, and
 * content/README.md points here.
 *
 * Besides these, the comparison normalises the seed's layout only: words
 * hyphenated across a line break are joined ("samen-" + "werking"), runs of
 * whitespace collapse to one space, and bullet characters (•) are dropped.
 *
 * Each correction is applied to every occurrence in the normalised seed; the
 * test fails when a `seed` string no longer occurs (a stale correction).
 *
 * @type {ReadonlyArray<{ seed: string, content: string, reason: string }>}
 */
export const SEED_CORRECTIONS = [
  {
    seed: 'nog zou willen werken’',
    content: 'nog zou willen werken.',
    reason: 'Stray closing quote ending "…bedenk dan aan welke pijler je nog zou willen werken’" (step 3 and pillar 2): dropped, the sentence ends with a full stop.',
  },
  {
    seed: 'Lees- en kijktipsop pijler 3',
    content: 'Lees- en kijktips op pijler 3',
    reason: 'Missing space in the heading of the reading and viewing tips of pillar 3.',
  },
  {
    seed: 'online omgeving enz..',
    content: 'online omgeving enz.',
    reason: 'Double full stop after "enz." at the end of statement kunnen_2.',
  },
  {
    seed: 'om mijn cliënt optimaal te begrijpen.*',
    content: 'om mijn cliënt optimaal te begrijpen.',
    reason: 'The paper-era asterisk after statement begrijpen_3 is not part of the text; the footnote is the statement\'s "footnote" and the UI renders its marker.',
  },
  {
    seed: '*bijvoorbeeld dat de cliënt niet goed kan lezen',
    content: 'bijvoorbeeld dat de cliënt niet goed kan lezen',
    reason: 'The footnote text of begrijpen_3 without its asterisk (the UI renders the marker).',
  },
  {
    seed: '‘Ik kan niet zo goed uitleggen',
    content: 'Ik kan niet zo goed uitleggen',
    reason: 'The quotation marks around the client\'s quote are rendered by the UI, not stored in quote.text.',
  },
  {
    seed: 'op de één of andere manier niet uit.’',
    content: 'op de één of andere manier niet uit.',
    reason: 'Closing quotation mark of the client\'s quote (rendered by the UI).',
  },
  {
    seed: '‘De begrippen die wij gebruiken',
    content: 'De begrippen die wij gebruiken',
    reason: 'The quotation marks around the professional\'s quote are rendered by the UI, not stored in quote.text.',
  },
  {
    seed: 'Dan probeer je te vereenvoudigen ....’',
    content: 'Dan probeer je te vereenvoudigen ....',
    reason: 'Closing quotation mark of the professional\'s quote (rendered by the UI).',
  },
];
