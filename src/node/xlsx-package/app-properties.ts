import { childElements, element, firstChild, localName, parseXml, prefixOf, serializeXml, setAttribute, type XmlElement } from './xml-tree';

function textOf(node: XmlElement): string {
  return node.children.map((child) => (child.kind === 'text' || child.kind === 'cdata' ? child.text : '')).join('');
}

/** The value element inside a <vt:variant> (its lpstr or i4). */
function variantValue(variant: XmlElement): XmlElement | undefined {
  return childElements(variant)[0];
}

/**
 * docProps/app.xml lists the sheet names (TitlesOfParts) under a heading with a count (HeadingPairs).
 * The worksheet group is found by its names matching the workbook's sheets as they were, or by its
 * heading; its names and count become the new list. Anything unexpected leaves the part as it was:
 * Excel and LibreOffice rebuild these lists on save and never refuse a file for them.
 */
export function updateAppProperties(xml: string, before: readonly string[], after: readonly string[]): string | null {
  const root = parseXml(xml, 'docProps/app.xml');
  const headingVector = firstChild(firstChild(root, 'HeadingPairs') ?? element('none'), 'vector');
  const titlesVector = firstChild(firstChild(root, 'TitlesOfParts') ?? element('none'), 'vector');
  if (!headingVector || !titlesVector) return null;
  const variants = childElements(headingVector, 'variant');
  const titles = childElements(titlesVector, 'lpstr');
  const groups: { heading: string; countElement: XmlElement; start: number; count: number }[] = [];
  let start = 0;
  for (let i = 0; i + 1 < variants.length; i += 2) {
    const name = variantValue(variants[i]);
    const countElement = variantValue(variants[i + 1]);
    if (!name || !countElement) return null;
    const count = Number(textOf(countElement));
    if (!Number.isInteger(count) || count < 0) return null;
    groups.push({ heading: textOf(name), countElement, start, count });
    start += count;
  }
  if (start !== titles.length) return null;
  const matches = (group: (typeof groups)[number]) =>
    group.count === before.length && titles.slice(group.start, group.start + group.count).every((title, i) => textOf(title) === before[i]);
  const group = groups.find(matches) ?? groups.find((candidate) => /^(worksheets|工作表)$/i.test(candidate.heading.trim()));
  if (!group) return null;

  group.countElement.children.splice(0, group.countElement.children.length, { kind: 'text', text: String(after.length) });
  const lpstrName = titles[0]?.name ?? `${prefixOf(titlesVector)}lpstr`;
  const replaced = after.map((name) => element(lpstrName, [], [{ kind: 'text', text: name }]));
  const old = titles.slice(group.start, group.start + group.count);
  const firstIndex = old.length > 0 ? titlesVector.children.indexOf(old[0]) : titles.length > group.start ? titlesVector.children.indexOf(titles[group.start]) : titlesVector.children.length;
  titlesVector.children.splice(0, titlesVector.children.length, ...titlesVector.children.filter((node) => !old.includes(node as XmlElement)));
  const insertAt = Math.min(firstIndex, titlesVector.children.length);
  titlesVector.children.splice(insertAt, 0, ...replaced);
  setAttribute(titlesVector, 'size', String(childElements(titlesVector).filter((node) => localName(node.name) === 'lpstr').length));
  return serializeXml(root);
}
