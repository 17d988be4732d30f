// @ts-check
/** Reading and writing manifests as a DOM (@xmldom/xmldom), which escapes every value it writes. */
import { DOMParser, MIME_TYPE, XMLSerializer } from '@xmldom/xmldom';

/** @typedef {import('@xmldom/xmldom').Document} XmlDocument */
/** @typedef {import('@xmldom/xmldom').Element} XmlElement */

/**
 * @param {string} xml
 * @returns {XmlDocument}
 * @throws {Error} at the first problem, even one a lenient parser would get past
 *   (an unknown entity): "line 3: Opening and ending tag mismatch: …"
 */
export function parseXml(xml) {
  /** @type {string | undefined} */
  let problem;
  try {
    return new DOMParser({
      onError: (_level, message) => {
        problem ??= message.trim();
        throw new Error(problem);
      },
    }).parseFromString(xml, MIME_TYPE.XML_TEXT);
  } catch (error) {
    const line = /** @type {{ locator?: { lineNumber?: number } }} */ (error).locator?.lineNumber;
    const message = problem ?? (error instanceof Error ? error.message : String(error));
    throw new Error(line ? `line ${line}: ${message}` : message);
  }
}

/**
 * For the checkers, which report problems as lines rather than throw.
 * @param {string} xml
 * @returns {{ document: XmlDocument, problem?: undefined } | { document?: undefined, problem: string }}
 */
export function parseXmlForCheck(xml) {
  try {
    return { document: parseXml(xml) };
  } catch (error) {
    return { problem: `not well-formed XML: ${error instanceof Error ? error.message : error}` };
  }
}

/**
 * @param {XmlDocument} document
 * @returns {string} the XML, ending in a line break like the text file it becomes
 */
export function serializeXml(document) {
  return `${new XMLSerializer().serializeToString(document)}\n`;
}

/**
 * The elements below `node` with this local name, whatever their namespace prefix, in document order.
 * @param {XmlDocument | XmlElement} node
 * @param {string} localName
 * @returns {XmlElement[]}
 */
export function elementsNamed(node, localName) {
  return Array.from(node.getElementsByTagNameNS('*', localName));
}
