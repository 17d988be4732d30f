// @ts-check
/**
 * Reads a content file as JSON. JSON.parse decides what is valid; when it fails,
 * jsonc-parser, run as strictly (no comments, no trailing commas), finds the first
 * error, which is described in words that do not depend on the Node version:
 * "unexpected '}' at line 3 column 5 (expected a value)".
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { printParseErrorCode, visit } from 'jsonc-parser';

/** @typedef {import('./content-error.mjs').ContentError} ContentError */

/** @type {import('jsonc-parser').ParseOptions} */
const STRICT_JSON = { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false };

const CLOSING_QUOTE = 'a closing \'"\'';
const CLOSING_QUOTE_ON_THIS_LINE = `${CLOSING_QUOTE} (line breaks must be written as \\n)`;

/**
 * @param {string} rootDir
 * @param {string} rel the file, relative to rootDir with forward slashes
 * @returns {{ value: unknown } | { error: ContentError }}
 */
export function readJson(rootDir, rel) {
  let text;
  try {
    text = readFileSync(path.join(rootDir, rel), 'utf8');
  } catch (err) {
    const code = /** @type {NodeJS.ErrnoException} */ (err).code;
    const message = code === 'ENOENT' ? 'file is missing' : `cannot be read: ${err instanceof Error ? err.message : err}`;
    return { error: { file: rel, path: '', message } };
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  try {
    return { value: JSON.parse(text) };
  } catch (err) {
    const described = describeJsonError(text) ?? (err instanceof Error ? err.message : String(err));
    return { error: { file: rel, path: '', message: `is not valid JSON: ${described}` } };
  }
}

/**
 * Where strict JSON syntax first fails in `text`, and what was expected there.
 * @param {string} text
 * @returns {string | undefined} e.g. "unexpected '}' at line 3 column 5 (expected a value)";
 *   undefined when the parser finds no error
 */
export function describeJsonError(text) {
  /** @type {('object' | 'array')[]} */
  const open = [];
  /** @type {'start' | 'open' | 'key' | 'colon' | 'comma' | 'value'} what the parser read last */
  let last = 'start';
  /** @type {{ offset: number, expected: string } | undefined} */
  let first;
  const closed = () => {
    open.pop();
    last = 'value';
  };
  visit(
    text,
    {
      onObjectBegin() {
        open.push('object');
        last = 'open';
      },
      onArrayBegin() {
        open.push('array');
        last = 'open';
      },
      // Also called where a missing '}' or ']' is reported: only a real one closes.
      onObjectEnd(offset) {
        if (text[offset] === '}') closed();
      },
      onArrayEnd(offset) {
        if (text[offset] === ']') closed();
      },
      onObjectProperty() {
        last = 'key';
      },
      onSeparator(character) {
        last = character === ':' ? 'colon' : 'comma';
      },
      onLiteralValue() {
        last = 'value';
      },
      onError: (code, offset, length) => {
        first ??= faultInToken(printParseErrorCode(code), text, offset, length) ?? { offset, expected: expectedAfter(last, open.at(-1)) };
      },
    },
    STRICT_JSON,
  );
  if (!first) return undefined;
  const { offset, expected } = first;
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  const found = offset >= text.length ? 'end of file' : JSON.stringify(text[offset]).replace(/^"|"$/g, "'");
  return `unexpected ${found} at line ${line} column ${column} (expected ${expected})`;
}

/**
 * What strict JSON allows after the last thing read.
 * @param {'start' | 'open' | 'key' | 'colon' | 'comma' | 'value'} last
 * @param {'object' | 'array' | undefined} container the innermost open object or array
 */
function expectedAfter(last, container) {
  if (last === 'start' || last === 'colon') return 'a value';
  if (last === 'key') return "':'";
  if (container === 'object') return last === 'value' ? "',' or '}'" : 'a property name in double quotes';
  if (container === 'array') return last === 'value' ? "',' or ']'" : 'a value';
  return 'the end of the file';
}

/**
 * For an error inside a string or number: the character at fault and what
 * belongs there (the parser reports the whole token).
 * @param {string} code the error's name (printParseErrorCode)
 * @param {string} text
 * @param {number} offset the token's start
 * @param {number} length the token's length
 * @returns {{ offset: number, expected: string } | undefined} undefined for errors between tokens
 */
function faultInToken(code, text, offset, length) {
  const token = text.slice(offset, offset + length);
  switch (code) {
    case 'UnexpectedEndOfString': // the string runs into a line break or the end of the file
      return { offset: offset + length, expected: offset + length >= text.length ? CLOSING_QUOTE : CLOSING_QUOTE_ON_THIS_LINE };
    case 'InvalidCharacter': // a control character in a string
      return { offset: offset + token.split('').findIndex((character) => character < ' '), expected: CLOSING_QUOTE_ON_THIS_LINE };
    case 'InvalidEscapeCharacter':
    case 'InvalidUnicode':
      for (const { 0: escape, 1: body, index } of token.matchAll(/\\(u[0-9a-fA-F]{0,4}|.)/gs)) {
        if (body.startsWith('u') && body.length < 5) return { offset: offset + index + escape.length, expected: 'a hex digit' };
        if (!body.startsWith('u') && !'"\\/bfnrt'.includes(body)) return { offset: offset + index + 1, expected: 'an escape character' };
      }
      return undefined;
    case 'UnexpectedEndOfNumber': // "1." or "1e"
      return { offset: offset + length, expected: 'a digit' };
    default:
      return undefined;
  }
}
