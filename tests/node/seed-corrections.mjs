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
 * A correction whose reason starts with "paper-only instruction:" is a screen
 * adaptation: the seed's sentence only fits the printed form (a table beside
 * the text, a page to print, boxes to tick), so the package shows its screen
 * equivalent. Such an entry also says `where` it is (JSON Pointers into
 * content/<lang>/assessment.json) and `en`, the English sentence before
 * (`paper`) and after (`screen`) the adaptation. content/README.md lists them
 * all in a table ("Screen adaptations"); content-seed.test.mjs checks that
 * table, the English texts, and that no PAPER_ONLY_PHRASES come back.
 *
 * @typedef {{ seed: string, content: string, reason: string, where?: string[], en?: { paper: string, screen: string } }} SeedCorrection
 * @type {ReadonlyArray<SeedCorrection>}
 */
export const SEED_CORRECTIONS = [
  {
    seed: 'nog zou willen werken’',
    content: 'nog zou willen werken.',
    reason:
      'Stray closing quote ending "…bedenk dan aan welke pijler je nog zou willen werken’" (step 3 and pillar 2): dropped, the sentence ends with a full stop.',
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
    reason:
      'The paper-era asterisk after statement begrijpen_3 is not part of the text; the footnote is the statement\'s "footnote" and the UI renders its marker.',
  },
  {
    seed: '*bijvoorbeeld dat de cliënt niet goed kan lezen',
    content: 'bijvoorbeeld dat de cliënt niet goed kan lezen',
    reason: 'The footnote text of begrijpen_3 without its asterisk (the UI renders the marker).',
  },
  {
    seed: '‘Ik kan niet zo goed uitleggen',
    content: 'Ik kan niet zo goed uitleggen',
    reason: "The quotation marks around the client's quote are rendered by the UI, not stored in quote.text.",
  },
  {
    seed: 'op de één of andere manier niet uit.’',
    content: 'op de één of andere manier niet uit.',
    reason: "Closing quotation mark of the client's quote (rendered by the UI).",
  },
  {
    seed: '‘De begrippen die wij gebruiken',
    content: 'De begrippen die wij gebruiken',
    reason: "The quotation marks around the professional's quote are rendered by the UI, not stored in quote.text.",
  },
  {
    seed: 'Dan probeer je te vereenvoudigen ....’',
    content: 'Dan probeer je te vereenvoudigen ....',
    reason: "Closing quotation mark of the professional's quote (rendered by the UI).",
  },
  {
    seed: 'Per pijler zijn in het schema hiernaast vier korte stellingen over de samenwerking met lager opgeleide cliënten opgenomen.',
    content: 'Per pijler zijn hieronder vier korte stellingen over de samenwerking met lager opgeleide cliënten opgenomen.',
    reason:
      'paper-only instruction: "in het schema hiernaast" points to the table beside the text on the printed page; on screen the statements follow below the text.',
    where: ['/statements/paragraphs/0'],
    en: {
      paper: 'For each pillar, the table alongside contains four short statements about working with clients with less formal education.',
      screen: 'For each pillar, four short statements about working with clients with less formal education are listed below.',
    },
  },
  {
    seed: 'Print pagina 6, lees de stellingen zorgvuldig en kruis steeds achter elke stelling aan wat voor jou van toepassing is.',
    content: 'Lees de stellingen zorgvuldig en kies steeds bij elke stelling wat voor jou van toepassing is.',
    reason:
      'paper-only instruction: there is no page 6 to print and no box behind a statement to tick; on screen each statement has its own choice of four answers (a radio group).',
    where: ['/statements/paragraphs/0'],
    en: {
      paper: 'Print page 6, read the statements carefully and, for each statement, tick what applies to you.',
      screen: 'Read the statements carefully and, for each statement, choose what applies to you.',
    },
  },
  {
    seed: 'Ga na bij welke pijlers je één of meerdere keren ‘helemaal oneens’ of ‘oneens’ hebt aangekruist.',
    content: 'Ga na bij welke pijlers je één of meerdere keren ‘helemaal oneens’ of ‘oneens’ hebt gekozen.',
    reason: 'paper-only instruction: "aangekruist" refers to ticking on the printed page; on screen the answers were chosen in step 2.',
    where: ['/analysis/paragraphs/0'],
    en: {
      paper: 'Check for which pillars you ticked ‘strongly disagree’ or ‘disagree’ one or more times.',
      screen: 'Check for which pillars you chose ‘strongly disagree’ or ‘disagree’ one or more times.',
    },
  },
  {
    // The seed's sentence ends in a stray closing quote (the first correction above); both occurrences.
    seed: 'Als je bij vrijwel alle pijlers ‘helemaal eens’ of ‘eens’ hebt aangekruist, bedenk dan aan welke pijler je nog zou willen werken',
    content: 'Als je bij vrijwel alle pijlers ‘helemaal eens’ of ‘eens’ hebt gekozen, bedenk dan aan welke pijler je nog zou willen werken',
    reason: 'paper-only instruction: "aangekruist" refers to ticking on the printed page; on screen the answers were chosen in step 2.',
    where: ['/analysis/allAgreePrompt', '/pillars/1/recommendationsIntro/1'],
    en: {
      paper: 'If you ticked ‘strongly agree’ or ‘agree’ for almost all pillars, think about which pillar you would still like to work on.',
      screen: 'If you chose ‘strongly agree’ or ‘agree’ for almost all pillars, think about which pillar you would still like to work on.',
    },
  },
  {
    seed: 'Als je bij pijler 1 één of meerdere keren ‘helemaal oneens’ of ‘oneens’ hebt aangekruist dan kunnen onderstaande aanbevelingen jou misschien op weg helpen.',
    content:
      'Als je bij pijler 1 één of meerdere keren ‘helemaal oneens’ of ‘oneens’ hebt gekozen dan kunnen onderstaande aanbevelingen jou misschien op weg helpen.',
    reason: 'paper-only instruction: "aangekruist" refers to ticking on the printed page; on screen the answers were chosen in step 2.',
    where: ['/pillars/0/recommendationsIntro/0'],
    en: {
      paper:
        'If you ticked ‘strongly disagree’ or ‘disagree’ one or more times for pillar 1, the recommendations below may help you on your way.',
      screen:
        'If you chose ‘strongly disagree’ or ‘disagree’ one or more times for pillar 1, the recommendations below may help you on your way.',
    },
  },
  {
    seed: 'Als je bij willen één of meerdere keren ‘helemaal oneens’ of ‘oneens’ hebt aangekruist dan kunnen onderstaande aanbevelingen jou misschien op weg helpen.',
    content:
      'Als je bij willen één of meerdere keren ‘helemaal oneens’ of ‘oneens’ hebt gekozen dan kunnen onderstaande aanbevelingen jou misschien op weg helpen.',
    reason: 'paper-only instruction: "aangekruist" refers to ticking on the printed page; on screen the answers were chosen in step 2.',
    where: ['/pillars/1/recommendationsIntro/0'],
    en: {
      paper:
        'If you ticked ‘strongly disagree’ or ‘disagree’ one or more times for willingness, the recommendations below may help you on your way.',
      screen:
        'If you chose ‘strongly disagree’ or ‘disagree’ one or more times for willingness, the recommendations below may help you on your way.',
    },
  },
  {
    seed: 'Als je bij pijler 3 één of meerdere keren ‘helemaal oneens’ of ‘oneens’ hebt aangekruist dan kunnen onderstaande aanbevelingen je misschien op weg helpen.',
    content:
      'Als je bij pijler 3 één of meerdere keren ‘helemaal oneens’ of ‘oneens’ hebt gekozen dan kunnen onderstaande aanbevelingen je misschien op weg helpen.',
    reason: 'paper-only instruction: "aangekruist" refers to ticking on the printed page; on screen the answers were chosen in step 2.',
    where: ['/pillars/2/recommendationsIntro/0'],
    en: {
      paper:
        'If you ticked ‘strongly disagree’ or ‘disagree’ one or more times for pillar 3, the recommendations below may help you on your way.',
      screen:
        'If you chose ‘strongly disagree’ or ‘disagree’ one or more times for pillar 3, the recommendations below may help you on your way.',
    },
  },
  {
    seed: 'Print deze pagina’s en vul in.',
    content: 'Vul ze hieronder in. Je kunt je antwoorden printen of als pdf bewaren.',
    reason:
      'paper-only instruction: on screen the four questions have text fields below, saved as you type; printing is optional, with the button "Print of bewaar als pdf".',
    where: ['/plan/paragraphs/0'],
    en: {
      paper: 'Print these pages and fill them in.',
      screen: 'Fill them in below. You can print your answers or save them as a PDF.',
    },
  },
];

/** The screen adaptations of paper-only instructions (see above). */
export const PAPER_ONLY_ADAPTATIONS = SEED_CORRECTIONS.filter((c) => c.reason.startsWith('paper-only instruction:'));

/**
 * Words that only fit the printed form, in Dutch and English; no text in
 * content/<lang>/ may contain them. Precise on purpose: printing as a screen
 * feature stays allowed ("Print of bewaar als pdf", "print je resultaat",
 * "Print or save as PDF", "Keep this page open"). Every `seed` and `en.paper`
 * of PAPER_ONLY_ADAPTATIONS matches at least one of them (tested).
 * @type {ReadonlyArray<{ pattern: RegExp, why: string }>}
 */
export const PAPER_ONLY_PHRASES = [
  { pattern: /hiernaast|ommezijde/iu, why: 'points beside the text or to the back of the printed page' },
  { pattern: /\b(?:in|op) het schema\b/iu, why: 'the table of the printed page' },
  { pattern: /\b(?:aan)?(?:ge)?kruis(?:en|t|je|jes)?\b/iu, why: 'ticking a box on paper (kruis aan, aankruisen, aangekruist)' },
  { pattern: /\bomcirkel/iu, why: 'circling on paper' },
  { pattern: /\bprint(?:en)?\s+(?:de\s+|deze\s+|dit\s+)?(?:pagina|blad|formulier)/iu, why: 'printing a page in order to fill it in' },
  { pattern: /\b(?:op\s+)?pagina(?:’s|'s)?\s+\d/iu, why: 'a page number of the printed document' },
  { pattern: /\b(?:volgende|vorige)\s+pagina\b/iu, why: 'a page of the printed document' },
  { pattern: /\bmet\s+(?:een|de)\s+pen\b/iu, why: 'writing on paper' },
  {
    pattern: /\b(?:table|diagram|chart|overview)\s+(?:alongside|opposite)\b|\bopposite\s+page\b|\boverleaf\b/iu,
    why: 'points beside the text or to the back of the printed page',
  },
  { pattern: /\btick(?:s|ed|ing)?\b/iu, why: 'ticking a box on paper' },
  { pattern: /\bcircl(?:e|es|ed|ing)\s+(?:the|your|what|one|each)\b/iu, why: 'circling on paper' },
  {
    pattern: /\bprint(?:\s+out)?\s+(?:the\s+|this\s+|these\s+)?(?:page|pages|sheet|form)\b/iu,
    why: 'printing a page in order to fill it in',
  },
  { pattern: /\bpages?\s+\d/iu, why: 'a page number of the printed document' },
  { pattern: /\b(?:next|previous|following)\s+page\b/iu, why: 'a page of the printed document' },
  { pattern: /\bwith\s+a\s+pen\b/iu, why: 'writing on paper' },
];

/**
 * The paper-only phrases in a text, as "matched text (why)".
 * @param {string} text
 * @returns {string[]}
 */
export function paperOnlyPhrases(text) {
  return PAPER_ONLY_PHRASES.flatMap(({ pattern, why }) => {
    const found = pattern.exec(text);
    return found ? [`"${found[0]}" (${why})`] : [];
  });
}
