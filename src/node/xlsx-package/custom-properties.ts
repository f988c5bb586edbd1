import { isSettingsProperty, settingsProperties, type WorkbookSettings } from '../../core/model';
import { attribute, childElements, element, localName, parseXml, prefixFor, removeChild, serializeXml, type XmlElement } from './xml-tree';

/**
 * docProps/custom.xml (ECMA-376 part 1, 22.3 Custom File Properties): the package's custom document
 * properties, where the user's answers are kept (see core/model/settings-property.ts). Every property of
 * the department's is kept as written; only ours ("huibao.settings", "huibao.settings.2", …) are replaced.
 */
export const CUSTOM_PROPERTIES_PART = 'docProps/custom.xml';
export const CUSTOM_PROPERTIES_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties';
export const CUSTOM_PROPERTIES_TYPE = 'application/vnd.openxmlformats-officedocument.custom-properties+xml';
const CUSTOM_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/custom-properties';
const VT_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes';
/** The format id every user-defined custom property carries (the spec's FMTID_UserDefinedProperties). */
const USER_DEFINED_FMTID = '{D5CDD505-2E9C-101B-9397-08002B2CF9AE}';

const EMPTY_PART = `<Properties xmlns="${CUSTOM_NS}" xmlns:vt="${VT_NS}"/>`;

function textOf(node: XmlElement): string {
  return node.children.map((child) => (child.kind === 'text' || child.kind === 'cdata' ? child.text : '')).join('');
}

/** Every string-valued custom property by name (other value types are not ours and are skipped). */
export function readCustomProperties(xml: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const property of childElements(parseXml(xml, CUSTOM_PROPERTIES_PART), 'property')) {
    const name = attribute(property, 'name');
    const value = childElements(property)[0];
    if (name !== undefined && value && /^(lpwstr|lpstr|bstr)$/.test(localName(value.name))) found.set(name, textOf(value));
  }
  return found;
}

/**
 * The part with our answers in place of any earlier ones (xml null: a new part). Their properties keep
 * their pids; ours take the next free ones. Null when there is nothing to change (no answers and no old
 * pieces of ours).
 */
export function withSettingsProperties(xml: string | null, settings: WorkbookSettings): string | null {
  const ours = settingsProperties(settings);
  const root = parseXml(xml ?? EMPTY_PART, CUSTOM_PROPERTIES_PART);
  const existing = childElements(root, 'property');
  const stale = existing.filter((property) => isSettingsProperty(attribute(property, 'name') ?? ''));
  if (ours.length === 0 && (xml === null || stale.length === 0)) return null;
  for (const property of stale) removeChild(root, property);
  const prefix = root.name.includes(':') ? root.name.slice(0, root.name.indexOf(':') + 1) : '';
  let vt = prefixFor(root, VT_NS);
  if (vt === null) {
    root.attributes.push(['xmlns:vt', VT_NS]);
    vt = 'vt:';
  }
  let pid = Math.max(1, ...childElements(root, 'property').map((property) => Number(attribute(property, 'pid')) || 0));
  for (const { name, value } of ours) {
    root.children.push(
      element(`${prefix}property`, [['fmtid', USER_DEFINED_FMTID], ['pid', String(++pid)], ['name', name]], [element(`${vt}lpwstr`, [], [{ kind: 'text', text: value }])]),
    );
  }
  return serializeXml(root);
}
