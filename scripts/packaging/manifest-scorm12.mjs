// @ts-check
/** The SCORM 1.2 manifest: the hand-written imsmanifest.xml at the repository root, filled in. */
import { insertFileElements } from './file-elements.mjs';
import { PackagingError } from './packaging-error.mjs';
import { elementsNamed, parseXml, serializeXml } from './xml.mjs';

/** @typedef {import('@xmldom/xmldom').Element} XmlElement */

/**
 * Fills in the hand-written SCORM 1.2 manifest: the manifest's identifier and
 * version, the organization's and the item's title (one title in every manifest, so an
 * LMS's table of contents and reports read the same whichever zip was uploaded), and
 * the resource's `<file>` list.
 * @param {string} xml
 * @param {Record<string, string>} values identifier, title and version
 * @param {string[]} files
 * @param {string} source the manifest's path, for messages
 * @returns {string} the manifest
 */
export function patchScorm12Manifest(xml, values, files, source) {
  let document;
  try {
    document = parseXml(xml);
  } catch (error) {
    throw new PackagingError(`${source}: is not well-formed XML: ${error instanceof Error ? error.message : error}`);
  }
  const resources = elementsNamed(document, 'resource');
  if (!resources.some((resource) => resource.getAttribute('adlcp:scormtype') === 'sco')) {
    throw new PackagingError(`${source}: the resource must keep adlcp:scormtype="sco".`);
  }
  if (elementsNamed(document, '*').some((element) => element.localName?.toLowerCase() === 'masteryscore')) {
    throw new PackagingError(`${source}: remove adlcp:masteryscore: the tracking contract has no pass or fail.`);
  }
  /** @param {XmlElement[]} found @param {string} what */
  const exactlyOne = (found, what) => {
    if (found.length !== 1) throw new PackagingError(`${source}: expected exactly one ${what}, found ${found.length}.`);
    return found[0];
  };
  const manifests = elementsNamed(document, 'manifest');
  exactlyOne(
    manifests.filter((manifest) => manifest.hasAttribute('identifier')),
    '<manifest identifier="…">',
  ).setAttribute('identifier', values.identifier);
  exactlyOne(
    manifests.filter((manifest) => manifest.hasAttribute('version')),
    '<manifest version="…">',
  ).setAttribute('version', values.version);
  exactlyOne(titlesOf(document, 'organization'), '<organization> with a <title>').textContent = values.title;
  exactlyOne(titlesOf(document, 'item'), '<item> with a <title>').textContent = values.title;

  const resource = exactlyOne(resources, '<resource> element');
  const before = resource.previousSibling?.nodeValue ?? '';
  const indent = before.slice(before.lastIndexOf('\n') + 1);
  while (resource.firstChild) resource.removeChild(resource.firstChild);
  insertFileElements(resource, null, files, `\n${indent}  `);
  resource.appendChild(document.createTextNode(`\n${indent}`));
  return serializeXml(document);
}

/**
 * The `<title>` child of each element named `parent` that has one.
 * @param {import('@xmldom/xmldom').Document} document
 * @param {string} parent
 * @returns {XmlElement[]}
 */
function titlesOf(document, parent) {
  return elementsNamed(document, parent).flatMap(
    (element) => Array.from(element.children).find((child) => child.localName === 'title') ?? [],
  );
}
