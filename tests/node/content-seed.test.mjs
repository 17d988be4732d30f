// @ts-check
/**
 * Compares content/nl/assessment.json with the client's text in
 * tests/fixtures/seed.txt: every sentence, heading, quote, footnote,
 * recommendation and tip of the seed must occur word for word in the content
 * (after the corrections in seed-corrections.mjs), every URL of the seed must
 * be a link in the matching part of the content, and the 12 statements must
 * be the seed's, in its order, under the right pillars.
 *
 * The seed's paper-only instructions ("in het schema hiernaast", "Print pagina 6",
 * "kruis aan", "Print deze pagina’s en vul in") are screen adaptations in
 * seed-corrections.mjs: the comparison expects their screen sentences word for
 * word, in Dutch and in English, and no text in content/<lang>/ may contain a
 * paper-only phrase again. content/README.md lists the adaptations.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { PAPER_ONLY_ADAPTATIONS, SEED_CORRECTIONS, paperOnlyPhrases } from './seed-corrections.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const seedText = readFileSync(`${root}tests/fixtures/seed.txt`, 'utf8');
/** The seed's text is spread over intro.json (loaded first) and assessment.json (the rest). */
const readContent = () => ({
  ...JSON.parse(readFileSync(`${root}content/nl/intro.json`, 'utf8')),
  ...JSON.parse(readFileSync(`${root}content/nl/assessment.json`, 'utf8')),
});
const config = JSON.parse(readFileSync(`${root}content/config.json`, 'utf8'));
const PILLAR_IDS = ['begrijpen', 'willen', 'kunnen'];

/** @param {string} s */
const collapse = (s) => s.replace(/\s+/g, ' ').trim();

/**
 * @typedef {{ units: string[], urls: { url: string, section: string }[], unusedCorrections: string[] }} ParsedSeed
 *   units: the seed's lines of text (headings, paragraphs, bullets), layout undone and corrections applied;
 *   urls: each URL line with the section it follows ('video' or 'pillar1'…'pillar3').
 */

/**
 * @param {string} text
 * @returns {ParsedSeed}
 */
export function parseSeed(text) {
  /** @type {{ url: string, section: string }[]} */
  const urls = [];
  /** @type {string[]} */
  const units = [];
  let section = 'intro';
  /** @type {string | undefined} */
  let current;
  let previousLine = '';
  const flush = () => {
    if (current !== undefined && collapse(current)) units.push(collapse(current));
    current = undefined;
  };

  for (const raw of text.split(/\r?\n/)) {
    let line = raw.trim();
    if (/^https?:\/\/\S+$/.test(line)) {
      urls.push({ url: line, section });
      flush();
      continue;
    }
    if (line === 'Bekijk de animatie') section = 'video';
    const pillar = /^Aanbevelingen op pijler (\d)/.exec(line);
    if (pillar) section = `pillar${pillar[1]}`;

    if (!line) {
      flush();
      continue;
    }
    const bullet = line.startsWith('•');
    if (bullet) line = line.replace(/^•\s*/, '');
    if (bullet || current === undefined) {
      flush();
      current = line;
    } else if (/\p{L}-$/u.test(current) && /^\p{Ll}/u.test(line) && !/^(?:en|of|tot)\b/.test(line)) {
      current = current.slice(0, -1) + line; // "samen-" + "werking"
    } else if (continues(previousLine, line)) {
      current = `${current} ${line}`;
    } else {
      flush();
      current = line;
    }
    previousLine = line;
  }
  flush();

  let joined = units.join('\n');
  /** @type {string[]} */
  const unusedCorrections = [];
  for (const { seed, content } of SEED_CORRECTIONS) {
    if (!joined.includes(seed)) unusedCorrections.push(seed);
    joined = joined.replaceAll(seed, content);
  }
  return { units: joined.split('\n'), urls, unusedCorrections };
}

/**
 * Whether a line of the seed continues the line before it (a PDF line wrap)
 * rather than starting a new heading, label or paragraph. A line ending in
 * . ? ! or :, a short line (a label such as "Stap 1") and a line before a quote
 * end their unit; a line starting in lower case always continues.
 * @param {string} before
 * @param {string} line
 */
function continues(before, line) {
  if (/^\p{Ll}/u.test(line)) return true;
  if (line.startsWith('‘') || /[.?!:]’?$/.test(before)) return false;
  return before.length >= 40;
}

/** @param {string} unit @returns {string[]} */
export function sentences(unit) {
  return unit.split(/(?<=[.?!]’?)\s+(?=[\p{Lu}‘])/u).filter(Boolean);
}

/**
 * Every text of the content as separate fields; RichText (arrays holding links)
 * is joined into one field, since links wrap words of the sentence.
 * @param {unknown} value
 * @param {string[]} [out]
 * @returns {string[]}
 */
export function contentFields(value, out = []) {
  if (typeof value === 'string') out.push(collapse(value));
  else if (Array.isArray(value)) {
    if (value.some((v) => typeof v === 'object' && v !== null && 'href' in v)) {
      out.push(collapse(value.map((v) => (typeof v === 'string' ? v : v.text)).join('')));
    } else value.forEach((v) => contentFields(v, out));
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, v] of Object.entries(value)) if (key !== 'id' && key !== 'href') contentFields(v, out);
  }
  return out;
}

/** @param {unknown} value @param {string[]} [out] @returns {string[]} */
export function hrefs(value, out = []) {
  if (Array.isArray(value)) value.forEach((v) => hrefs(v, out));
  else if (typeof value === 'object' && value !== null) {
    for (const [key, v] of Object.entries(value)) {
      if (key === 'href' && typeof v === 'string') out.push(v);
      else hrefs(v, out);
    }
  }
  return out;
}

/**
 * @param {string} seed the seed's text
 * @param {any} content an AssessmentContent object
 * @param {any} packageConfig a PackageConfig object
 */
export function compareWithSeed(seed, content, packageConfig) {
  const parsed = parseSeed(seed);
  const fields = contentFields(content).join('\n');

  const missingSentences = parsed.units.flatMap(sentences).filter((s) => !fields.includes(s));

  /** @param {string} section */
  const linksOf = (section) =>
    section === 'video'
      ? [...hrefs(content.video), packageConfig.video.watchUrl]
      : hrefs(content.pillars?.[Number(section.replace('pillar', '')) - 1]);
  const missingUrls = parsed.urls
    .filter(({ url, section }) => !linksOf(section).includes(url))
    .map(({ url, section }) => `${section}: ${url}`);
  const seedUrls = new Set(parsed.urls.map(({ url }) => url));
  const unknownHrefs = hrefs(content).filter((href) => !seedUrls.has(href));

  /** @type {string[]} */
  const statementErrors = [];
  [1, 2, 3].forEach((n, p) => {
    const at = parsed.units.findIndex((u) => u.startsWith(`Stellingen bij pijler ${n}:`));
    const pillar = content.pillars?.[p];
    if (at < 0 || !pillar) {
      statementErrors.push(`pillar ${n}: not found in ${at < 0 ? 'seed' : 'content'}`);
      return;
    }
    if (pillar.statementsHeading !== parsed.units[at]) {
      statementErrors.push(
        `pillar ${n}: statementsHeading is ${JSON.stringify(pillar.statementsHeading)}, seed has ${JSON.stringify(parsed.units[at])}`,
      );
    }
    const seedStatements = parsed.units.slice(at + 1, at + 5);
    seedStatements.forEach((text, k) => {
      const statement = pillar.statements?.[k];
      const id = `${PILLAR_IDS[p]}_${k + 1}`;
      if (statement?.id !== id || statement?.text !== text) {
        statementErrors.push(
          `${id}: seed has ${JSON.stringify(text)}, content has ${JSON.stringify(statement ? `${statement.id}: ${statement.text}` : null)}`,
        );
      }
    });
  });

  return { missingSentences, missingUrls, unknownHrefs, statementErrors, unusedCorrections: parsed.unusedCorrections };
}

/** @param {string} label @param {string[]} list */
const report = (label, list) => `${label}:\n  ${list.join('\n  ')}`;

test('seed parsing finds the expected amount of text and links', () => {
  const { units, urls } = parseSeed(seedText);
  assert.ok(units.length > 100, `only ${units.length} lines of text found in the seed`);
  assert.equal(urls.length, 27);
  assert.ok(
    units.some((u) => u.includes('Toch is de samenwerking tussen')),
    'line-break hyphenation is joined',
  );
  assert.ok(
    units.some((u) => u.includes('de hulp- en dienstverlening')),
    'real hyphens are kept',
  );
  assert.ok(units.includes('Lees- en kijktips op pijler 3: Kan ik je helpen?'));
  assert.ok(!units.some((u) => u.includes('•')), 'bullets are dropped');
});

test('every correction in seed-corrections.mjs still applies to the seed', () => {
  const { unusedCorrections } = compareWithSeed(seedText, readContent(), config);
  assert.deepEqual(unusedCorrections, [], report('corrections whose seed text no longer occurs', unusedCorrections));
});

test('every sentence of the seed occurs word for word in content/nl/assessment.json', () => {
  const { missingSentences } = compareWithSeed(seedText, readContent(), config);
  assert.deepEqual(missingSentences, [], report('seed text missing from the content', missingSentences));
});

test('every URL of the seed is a link in the matching part of the content, and no link is made up', () => {
  const { missingUrls, unknownHrefs } = compareWithSeed(seedText, readContent(), config);
  assert.deepEqual(missingUrls, [], report('seed URLs that are no link in their section', missingUrls));
  assert.deepEqual(unknownHrefs, [], report('links that are not in the seed', unknownHrefs));
});

test("the 12 statements are the seed's, in seed order, under the right pillars", () => {
  const { statementErrors } = compareWithSeed(seedText, readContent(), config);
  assert.deepEqual(statementErrors, [], report('statements that differ from the seed', statementErrors));
});

test('the comparison reports a removed sentence, link or statement', () => {
  const content = readContent();
  const tip = content.pillars[1].recommendations[1].text;
  tip[0] = tip[0].replace(' Soms is daar meer voor nodig.', '');
  content.pillars[2].tips[0].text[5] = 'Bureau Taal'; // the link to bureautaal.nl becomes plain text
  content.intro.quote.text = content.intro.quote.text.replace('één of andere', 'andere');
  [content.pillars[0].statements[0], content.pillars[0].statements[1]] = [
    content.pillars[0].statements[1],
    content.pillars[0].statements[0],
  ];
  content.pillars[0].tips.pop();

  const result = compareWithSeed(seedText, content, config);
  assert.ok(result.missingSentences.includes('Soms is daar meer voor nodig.'), report('reported', result.missingSentences));
  assert.ok(
    result.missingSentences.includes(
      'Ik kan niet zo goed uitleggen wat niet helder was maar ik kwam er op de één of andere manier niet uit.',
    ),
  );
  assert.ok(result.missingSentences.some((s) => s.startsWith('De films I Daniel Blake en Sorry we’ve missed you')));
  assert.deepEqual(result.missingUrls, [
    'pillar1: https://youtu.be/2Dt-VYlVchc',
    'pillar1: https://youtu.be/ysjwg-MnZao',
    'pillar3: https://www.bureautaal.nl/',
  ]);
  assert.equal(result.statementErrors.length, 2);
  assert.match(result.statementErrors[0], /^begrijpen_1: seed has "Ik ben voldoende getraind/);
});

/** Every language folder of content/ (nl, en, …). */
const languageDirs = () =>
  readdirSync(`${root}content`).filter((name) => /^[a-z]{2}(?:-[A-Z]{2})?$/.test(name) && statSync(`${root}content/${name}`).isDirectory());

/** @param {string} lang */
const readAssessment = (lang) => JSON.parse(readFileSync(`${root}content/${lang}/assessment.json`, 'utf8'));

/**
 * Every text of a content file with its JSON Pointer; running text with links
 * is one text (its segments joined), as the learner reads it.
 * @param {unknown} value
 * @param {string} [pointer]
 * @param {{ pointer: string, text: string }[]} [out]
 * @returns {{ pointer: string, text: string }[]}
 */
function textsWithPointers(value, pointer = '', out = []) {
  if (typeof value === 'string') out.push({ pointer, text: collapse(value) });
  else if (Array.isArray(value)) {
    if (value.some((v) => typeof v === 'object' && v !== null && 'href' in v)) {
      out.push({ pointer, text: collapse(value.map((v) => (typeof v === 'string' ? v : v.text)).join('')) });
    } else value.forEach((v, i) => textsWithPointers(v, `${pointer}/${i}`, out));
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, v] of Object.entries(value)) {
      if (!['id', 'href', 'hreflang', 'lang'].includes(key)) textsWithPointers(v, `${pointer}/${key}`, out);
    }
  }
  return out;
}

/** The text at a JSON Pointer of a content file (running text joined), or undefined. */
const textAt = (/** @type {unknown} */ data, /** @type {string} */ pointer) =>
  textsWithPointers(data).find((t) => t.pointer === pointer)?.text;

test("the seed has paper-only instructions, all adapted: step 2, step 3 and the pillars' advice, step 4", () => {
  assert.equal(PAPER_ONLY_ADAPTATIONS.length, 8);
  const paperLeft = parseSeed(seedText)
    .units.flatMap(sentences)
    .filter((s) => paperOnlyPhrases(s).length > 0);
  assert.deepEqual(paperLeft, [], report('seed sentences (after the corrections) that are still paper-only', paperLeft));
});

test('each paper-only instruction has its screen sentence where the list says, in Dutch and in English', () => {
  /** @type {string[]} */
  const problems = [];
  const nl = readAssessment('nl');
  const en = readAssessment('en');
  for (const { seed, content, where = [], en: english } of PAPER_ONLY_ADAPTATIONS) {
    assert.ok(english && where.length > 0, `${seed}: needs "where" and "en"`);
    for (const pointer of where) {
      const dutch = textAt(nl, pointer);
      const translation = textAt(en, pointer);
      if (!dutch?.includes(content)) problems.push(`content/nl/assessment.json ${pointer}: lacks ${JSON.stringify(content)}`);
      if (dutch?.includes(seed)) problems.push(`content/nl/assessment.json ${pointer}: still has ${JSON.stringify(seed)}`);
      if (!translation?.includes(english.screen))
        problems.push(`content/en/assessment.json ${pointer}: lacks ${JSON.stringify(english.screen)}`);
      if (translation?.includes(english.paper))
        problems.push(`content/en/assessment.json ${pointer}: still has ${JSON.stringify(english.paper)}`);
    }
  }
  assert.deepEqual(problems, [], report('screen adaptations not (or not only) in the content', problems));
});

test('no text in content/<lang>/ contains a paper-only instruction', () => {
  /** @type {string[]} */
  const found = [];
  const langs = languageDirs();
  assert.ok(langs.includes('nl') && langs.includes('en'), `language folders: ${langs.join(', ')}`);
  for (const lang of langs) {
    for (const file of readdirSync(`${root}content/${lang}`).filter((name) => name.endsWith('.json'))) {
      const data = JSON.parse(readFileSync(`${root}content/${lang}/${file}`, 'utf8'));
      for (const { pointer, text } of textsWithPointers(data)) {
        for (const phrase of paperOnlyPhrases(text)) found.push(`content/${lang}/${file} ${pointer}: ${phrase}`);
      }
    }
  }
  assert.deepEqual(found, [], report('paper-only instructions in the content', found));
});

test('the paper-only check catches every adapted sentence and allows printing as a screen feature', () => {
  for (const { seed, en } of PAPER_ONLY_ADAPTATIONS) {
    assert.notDeepEqual(paperOnlyPhrases(seed), [], `not caught: ${seed}`);
    assert.notDeepEqual(paperOnlyPhrases(en?.paper ?? ''), [], `not caught: ${en?.paper}`);
  }
  for (const lang of ['nl', 'en']) {
    const later = JSON.parse(readFileSync(`${root}content/${lang}/ui-assessment.json`, 'utf8'));
    const frame = JSON.parse(readFileSync(`${root}content/${lang}/ui.json`, 'utf8'));
    for (const text of [later.plan.print, later.done.text, frame.app.storageUnavailableNotice, frame.app.saveFailedNotice]) {
      assert.deepEqual(paperOnlyPhrases(text), [], text);
    }
  }
  for (const text of [
    'Print of bewaar als pdf',
    'Print or save as PDF',
    'Rapport afdrukken',
    'Je kunt je antwoorden printen of als pdf bewaren.',
  ]) {
    assert.deepEqual(paperOnlyPhrases(text), [], text);
  }
  for (const text of [
    'Kruis aan wat van toepassing is.',
    'Zie de volgende pagina.',
    'Print this page and circle the answer.',
    'See the diagram opposite.',
    'Tick one box.',
  ]) {
    assert.notDeepEqual(paperOnlyPhrases(text), [], text);
  }
});

test('content/README.md lists every screen adaptation: source and screen sentence, Dutch and English', () => {
  const readme = readFileSync(`${root}content/README.md`, 'utf8');
  assert.ok(readme.includes('\n### Screen adaptations\n'), 'content/README.md has a section "### Screen adaptations"');
  const section = readme.slice(readme.indexOf('\n### Screen adaptations\n'));
  const missing = PAPER_ONLY_ADAPTATIONS.flatMap(({ seed, content, en }) =>
    [seed, content, en?.paper ?? '', en?.screen ?? ''].filter((text) => !section.includes(text)),
  );
  assert.deepEqual(missing, [], report('adaptations missing from the table in content/README.md', missing));
});

test('the comparison reports an adapted sentence that is changed or put back in its paper form', () => {
  const content = readContent();
  content.statements.paragraphs[0] = content.statements.paragraphs[0]
    .replace('Per pijler zijn hieronder', 'Per pijler zijn in het schema hiernaast')
    .replace('kies steeds bij elke stelling', 'klik steeds bij elke stelling');
  content.plan.paragraphs[0] = content.plan.paragraphs[0].replace(
    'Vul ze hieronder in. Je kunt je antwoorden printen of als pdf bewaren.',
    'Print deze pagina’s en vul in.',
  );
  const { missingSentences } = compareWithSeed(seedText, content, config);
  assert.deepEqual(
    missingSentences.sort(),
    [
      'Je kunt je antwoorden printen of als pdf bewaren.',
      'Lees de stellingen zorgvuldig en kies steeds bij elke stelling wat voor jou van toepassing is.',
      'Per pijler zijn hieronder vier korte stellingen over de samenwerking met lager opgeleide cliënten opgenomen.',
      'Vul ze hieronder in.',
    ].sort(),
  );
});
