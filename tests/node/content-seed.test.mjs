// @ts-check
/**
 * Compares content/nl/assessment.json with the client's text in
 * tests/fixtures/seed.txt: every sentence, heading, quote, footnote,
 * recommendation and tip of the seed must occur word for word in the content
 * (after the corrections in seed-corrections.mjs), every URL of the seed must
 * be a link in the matching part of the content, and the 12 statements must
 * be the seed's, in its order, under the right pillars.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { SEED_CORRECTIONS } from './seed-corrections.mjs';

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
      statementErrors.push(`pillar ${n}: statementsHeading is ${JSON.stringify(pillar.statementsHeading)}, seed has ${JSON.stringify(parsed.units[at])}`);
    }
    const seedStatements = parsed.units.slice(at + 1, at + 5);
    seedStatements.forEach((text, k) => {
      const statement = pillar.statements?.[k];
      const id = `${PILLAR_IDS[p]}_${k + 1}`;
      if (statement?.id !== id || statement?.text !== text) {
        statementErrors.push(`${id}: seed has ${JSON.stringify(text)}, content has ${JSON.stringify(statement ? `${statement.id}: ${statement.text}` : null)}`);
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
  assert.ok(units.some((u) => u.includes('Toch is de samenwerking tussen')), 'line-break hyphenation is joined');
  assert.ok(units.some((u) => u.includes('de hulp- en dienstverlening')), 'real hyphens are kept');
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

test('the 12 statements are the seed\'s, in seed order, under the right pillars', () => {
  const { statementErrors } = compareWithSeed(seedText, readContent(), config);
  assert.deepEqual(statementErrors, [], report('statements that differ from the seed', statementErrors));
});

test('the comparison reports a removed sentence, link or statement', () => {
  const content = readContent();
  const tip = content.pillars[1].recommendations[1].text;
  tip[0] = tip[0].replace(' Soms is daar meer voor nodig.', '');
  content.pillars[2].tips[0].text[5] = 'Bureau Taal'; // the link to bureautaal.nl becomes plain text
  content.intro.quote.text = content.intro.quote.text.replace('één of andere', 'andere');
  [content.pillars[0].statements[0], content.pillars[0].statements[1]] = [content.pillars[0].statements[1], content.pillars[0].statements[0]];
  content.pillars[0].tips.pop();

  const result = compareWithSeed(seedText, content, config);
  assert.ok(result.missingSentences.includes('Soms is daar meer voor nodig.'), report('reported', result.missingSentences));
  assert.ok(result.missingSentences.includes('Ik kan niet zo goed uitleggen wat niet helder was maar ik kwam er op de één of andere manier niet uit.'));
  assert.ok(result.missingSentences.some((s) => s.startsWith('De films I Daniel Blake en Sorry we’ve missed you')));
  assert.deepEqual(result.missingUrls, ['pillar1: https://youtu.be/2Dt-VYlVchc', 'pillar1: https://youtu.be/ysjwg-MnZao', 'pillar3: https://www.bureautaal.nl/']);
  assert.equal(result.statementErrors.length, 2);
  assert.match(result.statementErrors[0], /^begrijpen_1: seed has "Ik ben voldoende getraind/);
});
