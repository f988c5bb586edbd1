/**
 * Part paths inside a package: where a part's relationships live and where a relationship target points.
 * The reader and the writer resolve targets here, so both find the same part for the same target.
 */

/** "xl/worksheets/" for "xl/worksheets/sheet1.xml"; "" for a part at the root. */
export function directoryOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return slash < 0 ? '' : part.slice(0, slash + 1);
}

/** "xl/worksheets/_rels/sheet1.xml.rels" for "xl/worksheets/sheet1.xml"; "_rels/.rels" for the package (""). */
export function relsPartOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** Targets are URIs: "Data%20Sheet.xml" names the part "Data Sheet.xml"; a malformed escape is kept as written. */
function percentDecoded(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/**
 * A relationship target as a part name: absolute ("/xl/worksheets/sheet1.xml") or relative to the source
 * part's folder, ".." allowed, backslashes (a few writers use them) read as slashes.
 */
export function resolveTarget(fromPart: string, target: string): string {
  const cleaned = target.replace(/\\/g, '/').trim();
  const joined = cleaned.startsWith('/') ? cleaned.slice(1) : directoryOf(fromPart) + cleaned;
  const segments: string[] = [];
  for (const segment of joined.split('/')) {
    if (segment === '..') segments.pop();
    else if (segment !== '.' && segment !== '') segments.push(segment);
  }
  return segments.map(percentDecoded).join('/');
}
