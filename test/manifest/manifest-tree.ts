import { SaxesParser } from 'saxes';

/** manifest.xml as a small element tree, parsed strictly (a malformed manifest throws). */
export interface XmlElement {
  /** Local name, without prefix ("Image" for bt:Image). */
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: XmlElement[];
  text: string;
}

export function parseXml(source: string): XmlElement {
  const parser = new SaxesParser({ xmlns: true });
  const stack: XmlElement[] = [];
  let root: XmlElement | null = null;
  parser.on('opentag', (tag) => {
    const attributes: Record<string, string> = {};
    for (const [name, attribute] of Object.entries(tag.attributes)) attributes[name] = typeof attribute === 'string' ? attribute : attribute.value;
    const element: XmlElement = { name: tag.local ?? tag.name, attributes, children: [], text: '' };
    stack[stack.length - 1]?.children.push(element);
    if (!root) root = element;
    stack.push(element);
  });
  parser.on('text', (text) => {
    const top = stack[stack.length - 1];
    if (top) top.text += text;
  });
  parser.on('closetag', () => {
    stack.pop();
  });
  parser.write(source).close();
  if (!root) throw new Error('empty manifest');
  return root;
}

export function descendants(element: XmlElement, name?: string): XmlElement[] {
  const found: XmlElement[] = [];
  const visit = (node: XmlElement) => {
    for (const child of node.children) {
      if (!name || child.name === name) found.push(child);
      visit(child);
    }
  };
  visit(element);
  return found;
}

export function child(element: XmlElement, name: string): XmlElement | undefined {
  return element.children.find((candidate) => candidate.name === name);
}

export function path(element: XmlElement, ...names: string[]): XmlElement | undefined {
  let current: XmlElement | undefined = element;
  for (const name of names) current = current && child(current, name);
  return current;
}
