// @ts-check
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkContent, validateContent } from '../../scripts/content/check-content.mjs';
import { formatError } from '../../scripts/content/content-error.mjs';
import { contentValidation } from '../../scripts/content/rollup-plugin.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const ASSESSMENT = 'content/nl/assessment.json';
const INTRO = 'content/nl/intro.json';
const CONFIG = 'content/config.json';

/**
 * A copy of content/ (texts and schemas) in a fresh temp dir, removed after the test.
 * Without `translations`, only the default language (nl) is copied, so a test that
 * edits the Dutch texts sees the errors of that edit only, not the translations' differences.
 * @param {import('node:test').TestContext} t
 * @param {{ translations?: boolean }} [options]
 */
function copyContent(t, { translations = false } = {}) {
  const dir = mkdtempSync(path.join(tmpdir(), 'content-'));
  cpSync(path.join(root, 'content'), path.join(dir, 'content'), { recursive: true });
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  if (!translations) {
    const config = JSON.parse(readFileSync(path.join(dir, CONFIG), 'utf8'));
    for (const lang of Object.keys(config.languages)) {
      if (lang !== config.defaultLanguage) rmSync(path.join(dir, 'content', lang), { recursive: true, force: true });
    }
    config.languages = { [config.defaultLanguage]: config.languages[config.defaultLanguage] };
    writeFileSync(path.join(dir, CONFIG), `${JSON.stringify(config, null, 2)}\n`);
  }
  return dir;
}

/** @param {string} dir @param {string} rel @param {(data: any) => void} change */
function editJson(dir, rel, change) {
  const file = path.join(dir, rel);
  const data = JSON.parse(readFileSync(file, 'utf8'));
  change(data);
  writeFileSync(file, `${JSON.stringify(data, null, 2)}\n`);
}

/** @param {string} dir @param {string} rel @param {string} text */
function writeText(dir, rel, text) {
  mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
  writeFileSync(path.join(dir, rel), text);
}

test('the real content validates without errors', () => {
  const { files, errors } = checkContent(root);
  assert.deepEqual(errors, []);
  assert.ok(files.includes(CONFIG) && files.includes(ASSESSMENT), files.join(', '));
});

test('invalid JSON syntax is reported with line and column', (t) => {
  const dir = copyContent(t);
  writeText(dir, ASSESSMENT, '{\n  "title": "Warme en effectieve dienstverlening",\n}\n');
  writeText(dir, CONFIG, '{\n  "identifier": "wed-zelfassessment",\n  "title": "Warme\n');
  assert.deepEqual(validateContent(dir), [
    {
      file: CONFIG,
      path: '',
      message: "is not valid JSON: unexpected '\\n' at line 3 column 18 (expected a closing '\"' (line breaks must be written as \\n))",
    },
    {
      file: ASSESSMENT,
      path: '',
      message: "is not valid JSON: unexpected '}' at line 3 column 1 (expected a property name in double quotes)",
    },
  ]);
});

test('comments and trailing commas are not JSON: each is reported with line and column', (t) => {
  const dir = copyContent(t);
  writeText(dir, CONFIG, '/* settings */\n{}\n');
  writeText(dir, INTRO, '{\n  "title": "Zelfassessment", // the page title\n  "intro": {}\n}\n');
  writeText(dir, ASSESSMENT, '{\n  "scale": [\n    { "value": 1 },\n  ]\n}\n');
  assert.deepEqual(validateContent(dir), [
    { file: CONFIG, path: '', message: "is not valid JSON: unexpected '/' at line 1 column 1 (expected a value)" },
    { file: INTRO, path: '', message: "is not valid JSON: unexpected '/' at line 2 column 30 (expected a property name in double quotes)" },
    { file: ASSESSMENT, path: '', message: "is not valid JSON: unexpected ']' at line 4 column 3 (expected a value)" },
  ]);
});

test('a bad escape in a string or an unfinished number is reported where it goes wrong', (t) => {
  const dir = copyContent(t);
  writeText(dir, INTRO, '{\n  "title": "C:\\Users"\n}\n');
  writeText(dir, ASSESSMENT, '{\n  "scale": [{ "value": 1. }]\n}\n');
  assert.deepEqual(validateContent(dir), [
    { file: INTRO, path: '', message: "is not valid JSON: unexpected 'U' at line 2 column 16 (expected an escape character)" },
    { file: ASSESSMENT, path: '', message: "is not valid JSON: unexpected ' ' at line 2 column 26 (expected a digit)" },
  ]);
});

test('a missing required field names its JSON Pointer', (t) => {
  const dir = copyContent(t);
  editJson(dir, INTRO, (data) => delete data.intro.heading);
  editJson(dir, ASSESSMENT, (data) => delete data.pillars[1].statements[3].text);
  editJson(dir, CONFIG, (data) => delete data.video.embedUrl);
  assert.deepEqual(validateContent(dir), [
    { file: CONFIG, path: '/video/embedUrl', message: 'is required' },
    { file: INTRO, path: '/intro/heading', message: 'is required' },
    { file: ASSESSMENT, path: '/pillars/1/statements/3/text', message: 'is required' },
  ]);
});

test('wrong types, empty strings and unknown properties are reported', (t) => {
  const dir = copyContent(t);
  editJson(dir, ASSESSMENT, (data) => {
    data.pillars[0].statements[2].text = 5;
    data.pillars[2].tips[1].text[0] = '';
    data.plan.questions[0].help = [' '];
  });
  editJson(dir, INTRO, (data) => (data.intro.heding = 'Inleiding'));
  assert.deepEqual(validateContent(dir), [
    { file: INTRO, path: '/intro/heding', message: 'is not an allowed property' },
    { file: ASSESSMENT, path: '/pillars/0/statements/2/text', message: 'must be string' },
    { file: ASSESSMENT, path: '/pillars/2/tips/1/text/0', message: 'must not be empty' },
    { file: ASSESSMENT, path: '/plan/questions/0/help/0', message: 'must not be empty' },
  ]);
});

test('a wrong statement id is reported by the schema and the order cross-check', (t) => {
  const dir = copyContent(t);
  editJson(dir, ASSESSMENT, (data) => (data.pillars[0].statements[2].id = 'begrijpen_5'));
  assert.deepEqual(validateContent(dir), [
    {
      file: ASSESSMENT,
      path: '/pillars/0/statements',
      message:
        'statement ids must be begrijpen_1 … begrijpen_4 in order (found "begrijpen_1", "begrijpen_2", "begrijpen_5", "begrijpen_4")',
    },
    { file: ASSESSMENT, path: '/pillars/0/statements/2/id', message: 'must match pattern "^begrijpen_[1-4]$"' },
  ]);
});

test('statements out of contract order or duplicated are reported', (t) => {
  const dir = copyContent(t);
  editJson(dir, ASSESSMENT, (data) => {
    const s = data.pillars[1].statements;
    [s[0], s[1]] = [s[1], s[0]];
    data.pillars[2].statements[3].id = 'kunnen_1';
  });
  assert.deepEqual(validateContent(dir), [
    {
      file: ASSESSMENT,
      path: '/pillars/1/statements',
      message: 'statement ids must be willen_1 … willen_4 in order (found "willen_2", "willen_1", "willen_3", "willen_4")',
    },
    {
      file: ASSESSMENT,
      path: '/pillars/2/statements',
      message: 'statement ids must be kunnen_1 … kunnen_4 in order (found "kunnen_1", "kunnen_2", "kunnen_3", "kunnen_1")',
    },
    {
      file: ASSESSMENT,
      path: '/pillars/2/statements/3/id',
      message: 'duplicate statement id "kunnen_1" (also at /pillars/2/statements/0/id)',
    },
  ]);
});

test('pillars, answers and plan questions keep their contract ids and values', (t) => {
  const dir = copyContent(t);
  editJson(dir, ASSESSMENT, (data) => {
    data.pillars[0].id = 'willen';
    data.scale[3].value = 5;
    data.plan.questions[3].id = 'q5';
  });
  assert.deepEqual(validateContent(dir), [
    { file: ASSESSMENT, path: '/scale/3/value', message: 'must be 4' },
    { file: ASSESSMENT, path: '/pillars/0/id', message: 'must be "begrijpen"' },
    { file: ASSESSMENT, path: '/pillars/1/id', message: 'duplicate id "willen" (also at /pillars/0/id)' },
    { file: ASSESSMENT, path: '/plan/questions/3/id', message: 'must be "q4"' },
  ]);
});

test('an http: link is rejected', (t) => {
  const dir = copyContent(t);
  editJson(dir, ASSESSMENT, (data) => {
    data.pillars[0].tips[0].text[1].href = 'http://www.wrr.nl/publicaties/rapporten/2017/04/24/weten-is-nog-geen-doen';
  });
  editJson(dir, CONFIG, (data) => (data.video.embedUrl = 'https://www.youtube.com/embed/2sDHTPI44tM'));
  const errors = validateContent(dir);
  assert.deepEqual(
    errors.map(({ file, path: pointer }) => `${file} ${pointer}`),
    [`${CONFIG} /video/embedUrl`, `${ASSESSMENT} /pillars/0/tips/0/text/1/href`],
  );
  for (const error of errors) assert.match(error.message, /^must be an https:\/\/ URL/);
});

test('a missing file is an error naming the file', (t) => {
  const dir = copyContent(t);
  rmSync(path.join(dir, ASSESSMENT));
  rmSync(path.join(dir, 'content/schema/config.schema.json'));
  assert.deepEqual(validateContent(dir), [
    { file: 'content/schema/config.schema.json', path: '', message: 'file is missing' },
    { file: ASSESSMENT, path: '', message: 'file is missing' },
  ]);

  const empty = mkdtempSync(path.join(tmpdir(), 'content-'));
  t.after(() => rmSync(empty, { recursive: true, force: true }));
  assert.deepEqual(
    validateContent(empty).map((e) => `${e.file}: ${e.message}`),
    [
      'content/schema/config.schema.json: file is missing',
      'content/schema/intro.schema.json: file is missing',
      'content/schema/assessment.schema.json: file is missing',
      'content/config.json: file is missing',
      'content/nl/intro.json: file is missing',
      'content/nl/assessment.json: file is missing',
    ],
  );
});

test('every language folder is checked, ui.json once content/schema/ui.schema.json exists', (t) => {
  // content/en/ is made here from the Dutch files; config.json lists it.
  const dir = copyContent(t, { translations: true });
  rmSync(path.join(dir, 'content/en'), { recursive: true, force: true });
  for (const file of [
    'content/schema/ui.schema.json',
    'content/nl/ui.json',
    'content/schema/ui-assessment.schema.json',
    'content/nl/ui-assessment.json',
  ]) {
    rmSync(path.join(dir, file), { force: true });
  }
  cpSync(path.join(dir, ASSESSMENT), path.join(dir, 'content/en/assessment.json'));
  cpSync(path.join(dir, INTRO), path.join(dir, 'content/en/intro.json'));
  editJson(dir, 'content/en/intro.json', (data) => (data.title = ''));
  assert.deepEqual(validateContent(dir), [{ file: 'content/en/intro.json', path: '/title', message: 'must not be empty' }]);

  writeText(
    dir,
    'content/schema/ui.schema.json',
    JSON.stringify({ type: 'object', required: ['app'], properties: { app: { type: 'string' } } }),
  );
  writeText(dir, 'content/nl/ui.json', '{ "app": 5 }');
  assert.deepEqual(validateContent(dir), [
    { file: 'content/en/intro.json', path: '/title', message: 'must not be empty' },
    { file: 'content/en/ui.json', path: '', message: 'file is missing' },
    { file: 'content/nl/ui.json', path: '/app', message: 'must be string' },
  ]);
});

test('config cross-checks: default language folder and matching video ids', (t) => {
  const dir = copyContent(t);
  rmSync(path.join(dir, 'content/schema/ui.schema.json'), { force: true });
  rmSync(path.join(dir, 'content/schema/ui-assessment.schema.json'), { force: true });
  rmSync(path.join(dir, 'content/schema/report.schema.json'), { force: true });
  editJson(dir, CONFIG, (data) => {
    data.defaultLanguage = 'fr';
    data.video.embedUrl = 'https://www.youtube-nocookie.com/embed/XXXXXXXXXXX';
  });
  assert.deepEqual(validateContent(dir), [
    { file: CONFIG, path: '/defaultLanguage', message: 'has no folder content/fr/' },
    { file: CONFIG, path: '/video/embedUrl', message: 'shows video XXXXXXXXXXX but watchUrl shows 2sDHTPI44tM' },
    { file: 'content/fr/intro.json', path: '', message: 'file is missing' },
    { file: 'content/fr/assessment.json', path: '', message: 'file is missing' },
  ]);
});

test('the CLI prints "content OK" for valid content and exits 0', () => {
  const result = spawnSync(process.execPath, ['scripts/validate-content.mjs'], { cwd: root, encoding: 'utf8' });
  assert.equal(result.stderr, '');
  assert.match(result.stdout, /^content OK \(\d+ files\)\n$/);
  assert.equal(result.status, 0);
});

test('the CLI prints file and path of each error to stderr and exits 1', (t) => {
  const dir = copyContent(t);
  editJson(dir, ASSESSMENT, (data) => (data.pillars[0].statements[2].text = 5));
  writeText(dir, CONFIG, '{ "identifier": }');
  const result = spawnSync(process.execPath, ['scripts/validate-content.mjs', dir], { cwd: root, encoding: 'utf8' });
  assert.equal(result.status, 1);
  assert.equal(result.stdout, '');
  assert.equal(
    result.stderr,
    [
      "content/config.json: is not valid JSON: unexpected '}' at line 1 column 17 (expected a value)",
      'content/nl/assessment.json: /pillars/0/statements/2/text: must be string',
      '',
    ].join('\n'),
  );
});

test('the rollup plugin fails the build with the same lines', async (t) => {
  const dir = copyContent(t);
  editJson(dir, ASSESSMENT, (data) => (data.pillars[0].statements[2].text = 5));
  const plugin = contentValidation();
  assert.equal(plugin.name, 'content-validation');
  /** @type {string[]} */
  const watched = [];
  const context = {
    addWatchFile: (/** @type {string} */ file) => watched.push(file),
    error: (/** @type {string} */ message) => {
      throw new Error(message);
    },
  };
  const cwd = process.cwd();
  process.chdir(dir);
  try {
    // @ts-expect-error a minimal stand-in for rollup's PluginContext
    assert.throws(() => plugin.buildStart.call(context, {}), {
      message: 'content/nl/assessment.json: /pillars/0/statements/2/text: must be string',
    });
  } finally {
    process.chdir(cwd);
  }
  assert.ok(watched.includes(path.join(dir, ASSESSMENT)));
});

test('the real content has an English translation with the same files, ids, keys and links', () => {
  const { files, errors } = checkContent(root);
  assert.deepEqual(errors, []);
  for (const file of ['intro.json', 'assessment.json', 'ui.json', 'ui-assessment.json']) {
    assert.ok(files.includes(`content/en/${file}`), `content/en/${file} is checked`);
  }
});

test('a text missing in one language fails, naming the file that misses it and the path', (t) => {
  const dir = copyContent(t, { translations: true });
  editJson(dir, 'content/en/ui-assessment.json', (data) => delete data.plan.finish);
  editJson(dir, 'content/nl/ui.json', (data) => delete data.app.inDutch);
  editJson(dir, 'content/en/intro.json', (data) => data.intro.steps.pop());
  editJson(dir, 'content/en/assessment.json', (data) => {
    data.pillars[1].recommendations.pop();
    delete data.pillars[0].statements[2].footnote;
    data.pillars[2].tips[0].text[1].href = 'https://www.example.org/';
    data.pillars[1].tips[0].text[1].hreflang = 'nl';
    data.plan.questions[1].help.push('An extra paragraph.');
  });
  assert.deepEqual(validateContent(dir).map(formatError), [
    'content/en/intro.json: /intro/steps: has 3 items, content/nl/intro.json has 4',
    'content/en/assessment.json: /pillars/0/statements/2/footnote: is missing (content/nl/assessment.json has it)',
    'content/en/assessment.json: /pillars/1/recommendations: has 4 items, content/nl/assessment.json has 5',
    'content/en/assessment.json: /pillars/1/tips/0/text: link 1 must be https://www.empathways.org/research-policy/publications/2018-high-expectations (en), as in content/nl/assessment.json (found https://www.empathways.org/research-policy/publications/2018-high-expectations (nl))',
    'content/en/assessment.json: /pillars/2/tips/0/text: link 1 must be https://www.lezenenschrijven.nl/, as in content/nl/assessment.json (found https://www.example.org/)',
    'content/en/assessment.json: /plan/questions/1/help: has 3 items, content/nl/assessment.json has 2',
    'content/nl/ui.json: /app/inDutch: is missing (content/en/ui.json has it)',
    'content/en/ui-assessment.json: /plan/finish: is missing (content/nl/ui-assessment.json has it)',
  ]);
});

test('ids and values stay the same in every language; only texts are translated', (t) => {
  const dir = copyContent(t, { translations: true });
  editJson(dir, 'content/en/assessment.json', (data) => {
    data.scale[0].label = 'totally disagree';
    data.pillars[0].name = 'Comprehension';
    data.pillars[1].statements[0].text = 5;
  });
  assert.deepEqual(validateContent(dir).map(formatError), ['content/en/assessment.json: /pillars/1/statements/0/text: must be string']);
});

test('config.json names every language folder for the switch, and only those', (t) => {
  const dir = copyContent(t, { translations: true });
  editJson(dir, CONFIG, (data) => {
    delete data.languages.en;
    data.languages.de = { name: 'Deutsch', switchTo: 'Auf Deutsch umschalten' };
  });
  assert.deepEqual(validateContent(dir).map(formatError), [
    'content/config.json: /languages/de: has no folder content/de/',
    'content/config.json: /languages/en: is required: content/en/ exists',
  ]);
  editJson(dir, CONFIG, (data) => {
    data.languages = { en: { name: 'English', switchTo: 'Switch to English' }, nl: { name: 'Nederlands' } };
  });
  assert.deepEqual(validateContent(dir).map(formatError), ['content/config.json: /languages/nl/switchTo: is required']);
});
