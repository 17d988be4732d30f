// @ts-check
/**
 * The JSON Schemas of content/schema/ compiled with Ajv, and Ajv's errors as
 * ContentErrors with JSON Pointers and short messages.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv';
import { escapePointer } from './content-error.mjs';
import { FILE_MAP, SCHEMA_DIR } from './content-files.mjs';

/** @typedef {import('./content-error.mjs').ContentError} ContentError */
/** @typedef {import('ajv').ValidateFunction} ValidateFunction */

/**
 * Compiles every schema FILE_MAP names. All are added before any is compiled, so one
 * can refer to another's definitions (intro.schema.json uses assessment.schema.json's).
 * @param {string} rootDir
 * @param {(rel: string) => unknown} load reads a file (undefined when it cannot, having reported why)
 * @param {(error: ContentError) => void} report takes a schema that is not valid
 * @returns {Map<string, ValidateFunction | undefined>} per schema file name its validator
 *   (undefined: the schema is unusable; absent: an optional schema that does not exist)
 */
export function compileSchemas(rootDir, load, report) {
  const ajv = new Ajv({ allErrors: true });
  /** @type {Map<string, ValidateFunction | undefined>} */
  const validators = new Map();
  /** @param {string} schema @param {unknown} err */
  const unusable = (schema, err) => {
    report({ file: `${SCHEMA_DIR}/${schema}`, path: '', message: `is not a valid JSON Schema: ${err instanceof Error ? err.message : err}` });
    validators.set(schema, undefined);
  };
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
      unusable(schema, err);
    }
  }
  for (const schema of added) {
    try {
      validators.set(schema, ajv.getSchema(schema));
    } catch (err) {
      unusable(schema, err);
    }
  }
  return validators;
}

/**
 * Turns Ajv's errors into ContentErrors with JSON Pointers and short messages.
 * @param {string} file
 * @param {import('ajv').ErrorObject[]} errors
 * @returns {ContentError[]}
 */
export function schemaErrors(file, errors) {
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
