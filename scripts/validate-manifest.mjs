// @ts-check
/**
 * Validates a package manifest against its official schema (schemas/, see
 * schemas/README.md) with xmllint-wasm (libxml2 compiled to WebAssembly), or,
 * for a manifest without an official schema, checks that it is well-formed.
 *
 * libxml2 ignores xsi:schemaLocation hints and fetches nothing itself, so the
 * entry schema (`wrapper.xsd` for SCORM, importing every namespace a manifest
 * uses) is validated with all other files of its folder preloaded.
 */
import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { validateXML } from 'xmllint-wasm';

const SCHEMA_ROOT = fileURLToPath(new URL('../schemas/', import.meta.url));

/**
 * Entry schema per schemas/ folder (the "entry schema" column of schemas/README.md).
 * @type {Record<string, string>}
 */
export const ENTRY_SCHEMAS = {
  scorm12: 'wrapper.xsd',
  'scorm2004-4th': 'wrapper.xsd',
  cmi5: 'CourseStructure.xsd',
};

/** @typedef {{ fileName: string, contents: string }} SchemaFile */

/** @type {Map<string, Promise<{ entry: SchemaFile, preload: SchemaFile[] }>>} */
const schemaCache = new Map();

/**
 * @param {string} kind a folder under schemas/
 * @returns {Promise<{ entry: SchemaFile, preload: SchemaFile[] }>}
 */
async function loadSchemas(kind) {
  const entryName = ENTRY_SCHEMAS[kind];
  const dir = `${SCHEMA_ROOT}${kind}/`;
  const names = (await readdir(dir)).filter((name) => /\.(xsd|dtd)$/.test(name)).sort();
  const files = await Promise.all(names.map(async (fileName) => ({ fileName, contents: await readFile(dir + fileName, 'utf8') })));
  const entry = files.find((file) => file.fileName === entryName);
  if (!entry) throw new Error(`schemas/${kind}/${entryName} is missing`);
  return { entry, preload: files.filter((file) => file !== entry) };
}

/**
 * Whether a manifest without an official schema (xAPI's tincan.xml) is at
 * least well-formed XML, parsed by the same libxml2.
 * @param {string} xmlText
 * @returns {Promise<string[]>} one line per error (`line N: message`); empty when well-formed
 */
export async function checkWellFormed(xmlText) {
  const result = await validateXML({ xml: { fileName: 'manifest.xml', contents: xmlText }, normalization: 'c14n' });
  if (result.valid) return [];
  const errors = result.errors.map((error) => (error.loc ? `line ${error.loc.lineNumber}: ${error.message}` : error.rawMessage));
  return errors.length > 0 ? errors : [result.rawOutput.trim() || 'not well-formed, without a message from xmllint'];
}

/**
 * @param {string} xmlText the manifest
 * @param {string} kind a folder under schemas/: 'scorm12', 'scorm2004-4th' or 'cmi5'
 * @returns {Promise<string[]>} one line per error (`line N: message`); empty when valid
 */
export async function validateManifest(xmlText, kind) {
  if (!Object.hasOwn(ENTRY_SCHEMAS, kind)) {
    throw new Error(`validateManifest: unknown schema kind "${kind}" (known: ${Object.keys(ENTRY_SCHEMAS).join(', ')})`);
  }
  let schemas = schemaCache.get(kind);
  if (!schemas) {
    schemas = loadSchemas(kind);
    schemaCache.set(kind, schemas);
  }
  const { entry, preload } = await schemas;
  const result = await validateXML({
    xml: { fileName: 'manifest.xml', contents: xmlText },
    schema: entry,
    preload,
  });
  if (result.valid) return [];
  const errors = result.errors.map((error) => (error.loc ? `line ${error.loc.lineNumber}: ${error.message}` : error.rawMessage));
  // A document libxml2 cannot parse may come back invalid without parsed errors.
  return errors.length > 0 ? errors : [result.rawOutput.trim() || 'invalid, without a message from xmllint'];
}
