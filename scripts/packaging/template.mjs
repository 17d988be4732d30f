// @ts-check
/** Fills in a manifest template of scripts/templates/, as a DOM. */
import { insertFileElements } from './file-elements.mjs';
import { PackagingError } from './packaging-error.mjs';
import { parseXml, serializeXml } from './xml.mjs';

/** @typedef {import('@xmldom/xmldom').Document} XmlDocument */
/** @typedef {import('@xmldom/xmldom').Node} XmlNode */
/** @typedef {import('@xmldom/xmldom').Element} XmlElement */
/** @typedef {import('@xmldom/xmldom').Text} XmlText */

const FILES = '{{files}}';
const EACH = /\{\{each\.(\w+)\}\}/g;
const PLACEHOLDER = /\{\{([\w@-]+)\}\}/g;

/**
 * Fills in a template: a text holding only `{{files}}` becomes one `<file>` per
 * file, each on a line at that indentation; an element whose attributes or text hold
 * `{{each.key}}` placeholders is written once per content language (`values.languages`,
 * default first), each time with that language's `values['key@<tag>']` (`each.lang`,
 * `each.title`, `each.description`); every other `{{key}}` becomes `values[key]`.
 * The template's XML comments are its documentation and are left out.
 * @param {string} template
 * @param {Record<string, string>} values
 * @param {string[]} files
 * @param {string} source the template's path, for messages
 * @returns {string} the manifest
 */
export function fillTemplate(template, values, files, source) {
  let document;
  try {
    document = parseXml(template);
  } catch (error) {
    throw new PackagingError(`${source}: is not well-formed XML: ${error instanceof Error ? error.message : error}`);
  }
  const nodes = descendants(document);
  for (const comment of nodes.filter((node) => node.nodeType === node.COMMENT_NODE)) removeWithIndentation(comment);
  for (const text of nodes.filter(isText).filter((node) => node.data.trim() === FILES)) {
    const at = text.data.indexOf(FILES);
    insertFileElements(/** @type {XmlElement} */ (text.parentNode), text, files, text.data.slice(0, at));
    text.replaceData(0, at + FILES.length, '');
  }
  const tags = (typeof values.languages === 'string' && values.languages.trim() ? values.languages : (values.lang ?? '')).split(/\s+/);
  for (const element of nodes.filter(holdsEach)) writePerLanguage(/** @type {XmlElement} */ (element), tags, values);
  replaceInTexts(document, PLACEHOLDER, (placeholder, key) => {
    if (!Object.hasOwn(values, key)) {
      throw new PackagingError(`${source}: ${placeholder} has no value (known: ${Object.keys(values).join(', ')}, files).`);
    }
    return values[key];
  });
  return serializeXml(document);
}

/**
 * Writes `element` once per language tag in its place, one a line: `{{each.key}}` becomes
 * `{{key@<tag>}}`, or `{{key}}` for a value without languages (only `lang`), which then
 * stands for the one language.
 * @param {XmlElement} element
 * @param {string[]} tags
 * @param {Record<string, string>} values
 */
function writePerLanguage(element, tags, values) {
  const parent = /** @type {XmlElement} */ (element.parentNode);
  const before = element.previousSibling;
  const lineStart = before && isText(before) && !before.data.trim() ? before.data : '';
  tags.forEach((tag, i) => {
    const copy = /** @type {XmlElement} */ (element.cloneNode(true));
    replaceInTexts(copy, EACH, (_placeholder, key) =>
      Object.hasOwn(values, `${key}@${tag}`) || !Object.hasOwn(values, key) ? `{{${key}@${tag}}}` : `{{${key}}}`,
    );
    if (i > 0) parent.insertBefore(/** @type {XmlDocument} */ (parent.ownerDocument).createTextNode(lineStart), element);
    parent.insertBefore(copy, element);
  });
  parent.removeChild(element);
}

/**
 * Replaces `pattern` in every attribute value and text at or below `node`.
 * @param {XmlNode} node
 * @param {RegExp} pattern with the g flag
 * @param {(match: string, ...groups: string[]) => string} replace
 */
function replaceInTexts(node, pattern, replace) {
  for (const each of [node, ...descendants(node)]) {
    if (isText(each)) {
      const replaced = each.data.replace(pattern, replace);
      if (replaced !== each.data) each.replaceData(0, each.length, replaced);
    } else if (each.nodeType === each.ELEMENT_NODE) {
      const element = /** @type {XmlElement} */ (each);
      for (const attribute of Array.from(element.attributes)) {
        const replaced = attribute.value.replace(pattern, replace);
        if (replaced !== attribute.value) element.setAttributeNS(attribute.namespaceURI, attribute.name, replaced);
      }
    }
  }
}

/** @param {XmlNode} node whether an attribute or a text of its own holds an `{{each.…}}` placeholder */
function holdsEach(node) {
  if (node.nodeType !== node.ELEMENT_NODE) return false;
  const element = /** @type {XmlElement} */ (node);
  return (
    Array.from(element.attributes).some((attribute) => attribute.value.includes('{{each.')) ||
    Array.from(element.childNodes).some((child) => isText(child) && child.data.includes('{{each.'))
  );
}

/**
 * Removes a node and the blank before it, so no empty line is left.
 * @param {XmlNode} node
 */
function removeWithIndentation(node) {
  const before = node.previousSibling;
  if (before && isText(before) && !before.data.trim()) before.parentNode?.removeChild(before);
  node.parentNode?.removeChild(node);
}

/**
 * @param {XmlNode} node
 * @returns {XmlNode[]} every node below `node`, in document order
 */
function descendants(node) {
  return Array.from(node.childNodes).flatMap((child) => [child, ...descendants(child)]);
}

/**
 * @param {XmlNode} node
 * @returns {node is XmlText}
 */
function isText(node) {
  return node.nodeType === node.TEXT_NODE;
}
