// @ts-check
/** The `<file href>` list of a SCORM manifest's resource. */

/** @typedef {import('@xmldom/xmldom').Document} XmlDocument */
/** @typedef {import('@xmldom/xmldom').Element} XmlElement */
/** @typedef {import('@xmldom/xmldom').Node} XmlNode */

/**
 * Puts one `<file href="…"/>` per file into `parent` before `next`, each on a line of its own.
 * @param {XmlElement} parent the resource, whose namespace the elements get
 * @param {XmlNode | null} next the node to insert before; null: at the end
 * @param {string[]} files
 * @param {string} lineStart the line break and indentation before each element
 */
export function insertFileElements(parent, next, files, lineStart) {
  const document = /** @type {XmlDocument} */ (parent.ownerDocument);
  for (const file of files) {
    const element = document.createElementNS(parent.namespaceURI, 'file');
    element.setAttribute('href', file);
    parent.insertBefore(document.createTextNode(lineStart), next);
    parent.insertBefore(element, next);
  }
}
