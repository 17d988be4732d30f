// @ts-check
/**
 * Validates the files in content/ against the JSON Schemas in content/schema/
 * plus the cross-checks a schema cannot express.
 *
 *   node scripts/validate-content.mjs [rootDir]
 *
 * prints `content OK (N files)` and exits 0, or prints one line per error
 * (`content/nl/assessment.json: /pillars/0/statements/2/text: must be string`)
 * to stderr and exits 1. The build runs the same checks via contentValidation().
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import Ajv from 'ajv';

/**
 * @typedef {{ file: string, path: string, message: string }} ContentError
 *   file: relative to rootDir with forward slashes; path: JSON Pointer ('' = the whole file).
 */

const PILLAR_IDS = ['begrijpen', 'willen', 'kunnen'];
const LANGUAGE_DIR = /^[a-z]{2}(?:-[A-Z]{2})?$/;
const SCHEMA_DIR = 'content/schema';

/**
 * Which schema checks which file. `perLanguage` files live in every content/<lang>/,
 * unless `onlyIn` names the one language they are required in (the team report is
 * Dutch, whatever the package's default language); they are checked wherever they exist.
 * ui.json is only required (and checked) once its schema exists.
 * @type {ReadonlyArray<{ file: string, schema: string, perLanguage: boolean, optionalSchema: boolean, onlyIn?: string }>}
 */
const FILE_MAP = [
  { file: 'config.json', schema: 'config.schema.json', perLanguage: false, optionalSchema: false },
  { file: 'intro.json', schema: 'intro.schema.json', perLanguage: true, optionalSchema: false },
  { file: 'assessment.json', schema: 'assessment.schema.json', perLanguage: true, optionalSchema: false },
  { file: 'ui.json', schema: 'ui.schema.json', perLanguage: true, optionalSchema: true },
  { file: 'report.json', schema: 'report.schema.json', perLanguage: true, optionalSchema: true, onlyIn: 'nl' },
  { file: 'ui-assessment.json', schema: 'ui-assessment.schema.json', perLanguage: true, optionalSchema: true },
];

/**
 * @param {string} rootDir
 * @returns {ContentError[]}
 */
export function validateContent(rootDir) {
  return checkContent(rootDir).errors;
}

/**
 * Like validateContent, also telling which content files were checked.
 * @param {string} rootDir
 * @returns {{ files: string[], errors: ContentError[] }}
 */
export function checkContent(rootDir) {
  /** @type {ContentError[]} */
  const errors = [];
  /** @type {string[]} */
  const files = [];
  /** @type {Map<string, unknown>} */
  const documents = new Map();
  const ajv = new Ajv({ allErrors: true });

  /** @param {string} rel */
  const load = (rel) => {
    const result = readJson(rootDir, rel);
    if ('error' in result) {
      errors.push(result.error);
      return undefined;
    }
    documents.set(rel, result.value);
    return result.value;
  };

  /** @param {string} rel @param {unknown} data @param {import('ajv').ValidateFunction | undefined} validate */
  const check = (rel, data, validate) => {
    if (validate && !validate(data)) errors.push(...ajvErrors(rel, validate.errors ?? []));
  };

  /** @type {Map<string, import('ajv').ValidateFunction | undefined>} */
  const validators = new Map();
  // All schemas first, so one can refer to another's definitions (intro.schema.json uses assessment.schema.json's).
  /** @type {string[]} */
  const added = [];
  for (const { schema, optionalSchema } of FILE_MAP) {
    const rel = `${SCHEMA_DIR}/${schema}`;
    if (optionalSchema && !existsSync(path.join(rootDir, rel))) continue;
    const schemaJson = load(rel);
    if (schemaJson === undefined) {
      validators.set(schema, undefined);
      continue;
    }
    try {
      ajv.addSchema(/** @type {object} */ ({ ...schemaJson, $id: schema }), schema);
      added.push(schema);
    } catch (err) {
      errors.push({ file: rel, path: '', message: `is not a valid JSON Schema: ${errorMessage(err)}` });
      validators.set(schema, undefined);
    }
  }
  for (const schema of added) {
    try {
      validators.set(schema, ajv.getSchema(schema));
    } catch (err) {
      errors.push({ file: `${SCHEMA_DIR}/${schema}`, path: '', message: `is not a valid JSON Schema: ${errorMessage(err)}` });
      validators.set(schema, undefined);
    }
  }

  // content/config.json
  const configRel = 'content/config.json';
  const config = load(configRel);
  if (config !== undefined) {
    files.push(configRel);
    check(configRel, config, validators.get('config.schema.json'));
    errors.push(...crossCheckConfig(rootDir, configRel, config));
  }

  // content/<lang>/*.json: every language folder, and at least the default language.
  const configured = isObject(config) ? config.defaultLanguage : undefined;
  const defaultLanguage = typeof configured === 'string' && LANGUAGE_DIR.test(configured) ? configured : 'nl';
  const languages = new Set(listLanguages(rootDir));
  languages.add(defaultLanguage);
  for (const lang of [...languages].sort()) {
    for (const { file, schema, optionalSchema, onlyIn } of FILE_MAP.filter((entry) => entry.perLanguage)) {
      const rel = `content/${lang}/${file}`;
      const exists = existsSync(path.join(rootDir, rel));
      const schemaKnown = validators.has(schema);
      if (optionalSchema && !schemaKnown && !exists) continue;
      if (onlyIn && lang !== onlyIn && !exists) continue;
      const data = load(rel);
      if (data === undefined) continue;
      files.push(rel);
      check(rel, data, validators.get(schema));
      if (file === 'assessment.json') errors.push(...crossCheckAssessment(rel, data));
    }
  }

  // Every translation has the same texts, ids and links as the default language.
  /** @type {ContentError[]} */
  const translationErrors = [];
  for (const lang of [...languages].sort()) {
    if (lang === defaultLanguage) continue;
    for (const { file } of FILE_MAP.filter((entry) => entry.perLanguage && !entry.onlyIn)) {
      const rel = `content/${lang}/${file}`;
      const reference = `content/${defaultLanguage}/${file}`;
      if (documents.has(rel) && documents.has(reference)) {
        translationErrors.push(...compareTranslation(rel, reference, documents.get(rel), documents.get(reference)));
      }
    }
  }
  // Where the schema already said what is wrong at a place, the comparison adds nothing.
  const reported = new Set(errors.map((error) => `${error.file} ${error.path}`));
  errors.push(...translationErrors.filter((error) => !reported.has(`${error.file} ${error.path}`)));

  return { files, errors: sortErrors(dedupe(errors), documents) };
}

/**
 * @param {ContentError} error
 * @returns {string} `file: path: message`, or `file: message` for whole-file errors.
 */
export function formatError({ file, path: pointer, message }) {
  return pointer ? `${file}: ${pointer}: ${message}` : `${file}: ${message}`;
}

/**
 * Rollup plugin: fails the build with the validator's lines when content is invalid.
 * @returns {import('rollup').Plugin}
 */
export function contentValidation() {
  return {
    name: 'content-validation',
    buildStart() {
      const rootDir = process.cwd();
      const { files, errors } = checkContent(rootDir);
      for (const file of files) this.addWatchFile(path.join(rootDir, file));
      if (errors.length) this.error(errors.map(formatError).join('\n'));
    },
  };
}

// ---------------------------------------------------------------------------
// Reading files

/**
 * @param {string} rootDir
 * @param {string} rel
 * @returns {{ value: unknown } | { error: ContentError }}
 */
function readJson(rootDir, rel) {
  const abs = path.join(rootDir, rel);
  let text;
  try {
    text = readFileSync(abs, 'utf8');
  } catch (err) {
    const code = /** @type {NodeJS.ErrnoException} */ (err).code;
    const message = code === 'ENOENT' ? 'file is missing' : `cannot be read: ${errorMessage(err)}`;
    return { error: { file: rel, path: '', message } };
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  try {
    return { value: JSON.parse(text) };
  } catch (err) {
    return { error: { file: rel, path: '', message: `is not valid JSON: ${describeJsonError(text) ?? errorMessage(err)}` } };
  }
}

/** @param {string} rootDir @returns {string[]} */
function listLanguages(rootDir) {
  const contentDir = path.join(rootDir, 'content');
  if (!existsSync(contentDir)) return [];
  return readdirSync(contentDir).filter(
    (name) => LANGUAGE_DIR.test(name) && statSync(path.join(contentDir, name)).isDirectory(),
  );
}

/**
 * Finds where JSON.parse failed, with a message that does not depend on the
 * Node version: "unexpected '}' at line 3 column 5 (expected a value)".
 * @param {string} text
 * @returns {string | undefined}
 */
export function describeJsonError(text) {
  let i = 0;
  /** @param {string} expected @returns {never} */
  const fail = (expected) => {
    throw new JsonSyntaxError(i, expected);
  };
  const ws = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i])) i++;
  };
  const string = () => {
    i++; // opening quote
    for (;;) {
      if (i >= text.length) fail('a closing \'"\'');
      const c = text[i];
      if (c === '"') return void i++;
      if (c === '\\') {
        i++;
        if (text[i] === 'u') {
          i++;
          for (let k = 0; k < 4; k++, i++) if (!/[0-9a-fA-F]/.test(text[i] ?? '')) fail('a hex digit');
          continue;
        }
        if (!'"\\/bfnrt'.includes(text[i] ?? 'x')) fail('an escape character');
      } else if (c.charCodeAt(0) < 0x20) {
        fail('a closing \'"\' (line breaks must be written as \\n)');
      }
      i++;
    }
  };
  /** @returns {void} */
  const value = () => {
    ws();
    const c = text[i];
    if (c === '{') {
      i++;
      ws();
      if (text[i] === '}') return void i++;
      for (;;) {
        ws();
        if (text[i] !== '"') fail('a property name in double quotes');
        string();
        ws();
        if (text[i] !== ':') fail("':'");
        i++;
        value();
        ws();
        if (text[i] === ',') i++;
        else if (text[i] === '}') return void i++;
        else fail("',' or '}'");
      }
    }
    if (c === '[') {
      i++;
      ws();
      if (text[i] === ']') return void i++;
      for (;;) {
        value();
        ws();
        if (text[i] === ',') i++;
        else if (text[i] === ']') return void i++;
        else fail("',' or ']'");
      }
    }
    if (c === '"') return string();
    for (const literal of ['true', 'false', 'null']) {
      if (text.startsWith(literal, i)) return void (i += literal.length);
    }
    const number = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
    number.lastIndex = i;
    if (number.test(text)) return void (i = number.lastIndex);
    fail('a value');
  };
  try {
    value();
    ws();
    if (i < text.length) fail('the end of the file');
    return undefined;
  } catch (err) {
    if (!(err instanceof JsonSyntaxError)) throw err;
    const before = text.slice(0, err.offset);
    const line = before.split('\n').length;
    const column = err.offset - before.lastIndexOf('\n');
    const found = err.offset >= text.length ? 'end of file' : JSON.stringify(text[err.offset]).replace(/^"|"$/g, "'");
    return `unexpected ${found} at line ${line} column ${column} (expected ${err.expected})`;
  }
}

class JsonSyntaxError extends Error {
  /** @param {number} offset @param {string} expected */
  constructor(offset, expected) {
    super(`expected ${expected}`);
    this.offset = offset;
    this.expected = expected;
  }
}

// ---------------------------------------------------------------------------
// Schema errors

/**
 * Turns Ajv's errors into ContentErrors with JSON Pointers and short messages.
 * @param {string} file
 * @param {import('ajv').ErrorObject[]} errors
 * @returns {ContentError[]}
 */
function ajvErrors(file, errors) {
  /** @type {ContentError[]} */
  const out = [];
  for (const error of errors) {
    const { keyword, instancePath, params } = error;
    if (keyword === 'if') continue; // summary of the then/else error reported next to it
    if (keyword === 'required') {
      out.push({ file, path: `${instancePath}/${escapePointer(params.missingProperty)}`, message: 'is required' });
    } else if (keyword === 'additionalProperties') {
      out.push({ file, path: `${instancePath}/${escapePointer(params.additionalProperty)}`, message: 'is not an allowed property' });
    } else if (keyword === 'const') {
      out.push({ file, path: instancePath, message: `must be ${JSON.stringify(params.allowedValue)}` });
    } else if (keyword === 'pattern' && params.pattern === '\\S') {
      out.push({ file, path: instancePath, message: 'must not be empty' });
    } else if (keyword === 'pattern' && String(params.pattern).startsWith('^https://')) {
      out.push({ file, path: instancePath, message: 'must be an https:// URL' });
    } else if (keyword === 'minLength' && params.limit === 1) {
      out.push({ file, path: instancePath, message: 'must not be empty' });
    } else {
      out.push({ file, path: instancePath, message: error.message ?? keyword });
    }
  }
  return out;
}

/** @param {string} segment */
function escapePointer(segment) {
  return String(segment).replace(/~/g, '~0').replace(/\//g, '~1');
}

// ---------------------------------------------------------------------------
// Cross-checks

/**
 * Ids a schema cannot check: each pillar holds its own four statement ids in
 * contract order, and no id occurs twice in a list.
 * @param {string} file
 * @param {unknown} data
 * @returns {ContentError[]}
 */
function crossCheckAssessment(file, data) {
  /** @type {ContentError[]} */
  const errors = [];
  if (!isObject(data)) return errors;

  /** @param {unknown} list @param {string} listPath */
  const uniqueIds = (list, listPath) => {
    if (!Array.isArray(list)) return;
    /** @type {Map<unknown, number>} */
    const seen = new Map();
    list.forEach((item, index) => {
      if (!isObject(item) || typeof item.id !== 'string') return;
      const first = seen.get(item.id);
      if (first === undefined) seen.set(item.id, index);
      else errors.push({ file, path: `${listPath}/${index}/id`, message: `duplicate id "${item.id}" (also at ${listPath}/${first}/id)` });
    });
  };

  uniqueIds(data.pillars, '/pillars');
  uniqueIds(data.scale, '/scale');
  if (isObject(data.plan)) uniqueIds(data.plan.questions, '/plan/questions');

  if (Array.isArray(data.pillars)) {
    /** @type {Map<string, string>} */
    const statementPaths = new Map();
    data.pillars.forEach((pillar, p) => {
      if (!isObject(pillar) || !Array.isArray(pillar.statements)) return;
      const pillarId = PILLAR_IDS[p];
      const ids = pillar.statements.map((s) => (isObject(s) ? s.id : undefined));
      if (pillarId) {
        const expected = [1, 2, 3, 4].map((n) => `${pillarId}_${n}`);
        if (ids.length !== expected.length || ids.some((id, k) => id !== expected[k])) {
          errors.push({
            file,
            path: `/pillars/${p}/statements`,
            message: `statement ids must be ${expected[0]} … ${expected[3]} in order (found ${ids.map((id) => JSON.stringify(id ?? null)).join(', ')})`,
          });
        }
      }
      ids.forEach((id, k) => {
        if (typeof id !== 'string') return;
        const here = `/pillars/${p}/statements/${k}/id`;
        const first = statementPaths.get(id);
        if (first) errors.push({ file, path: here, message: `duplicate statement id "${id}" (also at ${first})` });
        else statementPaths.set(id, here);
      });
    });
  }
  return errors;
}

/**
 * A translation against the default language's file: the same keys (a text
 * missing in either language is an error on the file that misses it), the same number of paragraphs, list
 * items and so on, the same ids and numbers, and in running text the same
 * links (href and hreflang, in order). Only the texts themselves differ.
 * @param {string} file the translation, e.g. content/en/assessment.json
 * @param {string} referenceFile the default language's, e.g. content/nl/assessment.json
 * @param {unknown} value
 * @param {unknown} reference
 * @returns {ContentError[]}
 */
export function compareTranslation(file, referenceFile, value, reference) {
  /** @type {ContentError[]} */
  const errors = [];
  /** @param {unknown} v @param {unknown} ref @param {string} pointer @param {string} key */
  const compare = (v, ref, pointer, key) => {
    const kind = (/** @type {unknown} */ x) => (Array.isArray(x) ? 'a list' : isObject(x) ? 'an object' : x === null ? 'null' : `a ${typeof x}`);
    if (kind(v) !== kind(ref)) {
      errors.push({ file, path: pointer, message: `must be ${kind(ref)}, as in ${referenceFile}` });
      return;
    }
    if (isObject(ref) && isObject(v)) {
      for (const k of Object.keys(ref)) {
        const at = `${pointer}/${escapePointer(k)}`;
        if (Object.hasOwn(v, k)) compare(v[k], ref[k], at, k);
        else errors.push({ file, path: at, message: `is missing (${referenceFile} has it)` });
      }
      for (const k of Object.keys(v)) {
        if (!Object.hasOwn(ref, k)) errors.push({ file: referenceFile, path: `${pointer}/${escapePointer(k)}`, message: `is missing (${file} has it)` });
      }
    } else if (Array.isArray(ref) && Array.isArray(v)) {
      if (hasLinks(ref) || hasLinks(v)) {
        const mine = linksOf(v);
        const theirs = linksOf(ref);
        const at = theirs.findIndex((link, i) => link !== mine[i]);
        if (mine.length !== theirs.length) {
          errors.push({ file, path: pointer, message: `has ${mine.length} link${mine.length === 1 ? '' : 's'}, ${referenceFile} has ${theirs.length}` });
        } else if (at >= 0) {
          errors.push({ file, path: pointer, message: `link ${at + 1} must be ${theirs[at]}, as in ${referenceFile} (found ${mine[at]})` });
        }
      } else if (v.length !== ref.length) {
        errors.push({ file, path: pointer, message: `has ${v.length} item${v.length === 1 ? '' : 's'}, ${referenceFile} has ${ref.length}` });
      } else {
        v.forEach((item, i) => compare(item, ref[i], `${pointer}/${i}`, key));
      }
    } else if (typeof ref !== 'string' || key === 'id') {
      // Ids, values and numbers are the same in every language; only texts are translated.
      if (v !== ref) errors.push({ file, path: pointer, message: `must be ${JSON.stringify(ref)}, as in ${referenceFile}` });
    }
  };
  compare(value, reference, '', '');
  return errors;
}

/** @param {unknown[]} list running text holds links */
function hasLinks(list) {
  return list.some((item) => isObject(item) && typeof item.href === 'string');
}

/** @param {unknown[]} list @returns {string[]} each link as href, with its hreflang when it has one */
function linksOf(list) {
  return list.filter(isObject).map((link) => (typeof link.hreflang === 'string' ? `${link.href} (${link.hreflang})` : String(link.href)));
}

/**
 * @param {string} rootDir
 * @param {string} file
 * @param {unknown} config
 * @returns {ContentError[]}
 */
function crossCheckConfig(rootDir, file, config) {
  /** @type {ContentError[]} */
  const errors = [];
  if (!isObject(config)) return errors;
  const lang = config.defaultLanguage;
  const defaultFolderMissing = typeof lang === 'string' && LANGUAGE_DIR.test(lang) && !existsSync(path.join(rootDir, 'content', lang));
  if (defaultFolderMissing) {
    errors.push({ file, path: '/defaultLanguage', message: `has no folder content/${lang}/` });
  }
  // The language switch offers every language that has a folder, under the name config.languages gives it.
  if (isObject(config.languages)) {
    const named = Object.keys(config.languages);
    for (const folder of listLanguages(rootDir)) {
      if (!named.includes(folder)) errors.push({ file, path: `/languages/${folder}`, message: `is required: content/${folder}/ exists` });
    }
    for (const name of named) {
      if (!existsSync(path.join(rootDir, 'content', name))) errors.push({ file, path: `/languages/${name}`, message: `has no folder content/${name}/` });
    }
    if (typeof lang === 'string' && !defaultFolderMissing && !named.includes(lang)) {
      errors.push({ file, path: '/defaultLanguage', message: `must be one of languages (${named.join(', ')})` });
    }
  }
  const video = config.video;
  if (isObject(video) && typeof video.watchUrl === 'string' && typeof video.embedUrl === 'string') {
    const watchId = youtubeId(video.watchUrl);
    const embedId = youtubeId(video.embedUrl);
    if (watchId && embedId && watchId !== embedId) {
      errors.push({ file, path: '/video/embedUrl', message: `shows video ${embedId} but watchUrl shows ${watchId}` });
    }
  }
  return errors;
}

/** @param {string} url @returns {string | undefined} */
function youtubeId(url) {
  return /^https:\/\/(?:www\.youtube(?:-nocookie)?\.com\/(?:watch\?v=|embed\/)|youtu\.be\/)([A-Za-z0-9_-]+)/.exec(url)?.[1];
}

// ---------------------------------------------------------------------------
// Helpers

/** @param {unknown} value @returns {value is Record<string, unknown>} */
function isObject(value) {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** @param {unknown} err */
function errorMessage(err) {
  return err instanceof Error ? err.message : String(err);
}

/**
 * Orders errors by file (in the order the files were checked) and, within a
 * file, by JSON Pointer in document order; a missing property sorts after the
 * properties its object has.
 * @param {ContentError[]} errors
 * @param {Map<string, unknown>} documents parsed content of each file
 */
function sortErrors(errors, documents) {
  const fileOrder = [...new Set(errors.map((e) => e.file))];
  /** @param {unknown} doc @param {string} a @param {string} b */
  const comparePointers = (doc, a, b) => {
    const as = a.split('/').slice(1);
    const bs = b.split('/').slice(1);
    let node = doc;
    for (let k = 0; k < Math.min(as.length, bs.length); k++) {
      if (as[k] !== bs[k]) {
        /** @param {string} segment */
        const rank = (segment) => {
          if (Array.isArray(node)) return Number(segment);
          const key = segment.replace(/~1/g, '/').replace(/~0/g, '~');
          const at = isObject(node) ? Object.keys(node).indexOf(key) : -1;
          return at < 0 ? Number.MAX_SAFE_INTEGER : at;
        };
        return rank(as[k]) - rank(bs[k]);
      }
      node = Array.isArray(node) ? node[Number(as[k])] : isObject(node) ? node[as[k]] : undefined;
    }
    return as.length - bs.length;
  };
  return errors
    .map((error, index) => ({ error, index }))
    .sort(
      (x, y) =>
        fileOrder.indexOf(x.error.file) - fileOrder.indexOf(y.error.file) ||
        comparePointers(documents.get(x.error.file), x.error.path, y.error.path) ||
        x.index - y.index,
    )
    .map(({ error }) => error);
}

/** @param {ContentError[]} errors */
function dedupe(errors) {
  const seen = new Set();
  return errors.filter((error) => {
    const key = formatError(error);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

// ---------------------------------------------------------------------------
// CLI

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const rootDir = path.resolve(process.argv[2] ?? process.cwd());
  const { files, errors } = checkContent(rootDir);
  if (errors.length) {
    for (const error of errors) console.error(formatError(error));
    process.exitCode = 1;
  } else {
    console.log(`content OK (${files.length} files)`);
  }
}
