import JSZip from 'jszip';

/** The parts of a written .docx a test looks into. */
export interface DocxPackage {
  readonly document: string;
  readonly styles: string;
  readonly settings: string;
  readonly fontTable: string;
  readonly footers: readonly string[];
  /** Each body paragraph's text, in order. */
  readonly paragraphs: readonly string[];
}

function decodeXml(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}

/** The text of each <w:p> in the XML, joined from its <w:t> runs. */
export function paragraphTexts(xml: string): string[] {
  return xml
    .split(/<\/w:p>/)
    .map((chunk) => [...chunk.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((match) => decodeXml(match[1])).join(''))
    .filter((text, index, all) => index < all.length - 1 || text !== '');
}

export async function openDocx(bytes: Uint8Array | Buffer): Promise<DocxPackage> {
  const zip = await JSZip.loadAsync(bytes);
  const read = async (name: string): Promise<string> => (await zip.file(name)?.async('string')) ?? '';
  const footerNames = Object.keys(zip.files).filter((name) => /^word\/footer\d+\.xml$/.test(name)).sort();
  const document = await read('word/document.xml');
  return {
    document,
    styles: await read('word/styles.xml'),
    settings: await read('word/settings.xml'),
    fontTable: await read('word/fontTable.xml'),
    footers: await Promise.all(footerNames.map(read)),
    paragraphs: paragraphTexts(document.replace(/<w:sectPr[\s\S]*<\/w:sectPr>/, '')),
  };
}
