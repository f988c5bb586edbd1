import { Packer, Paragraph, TextRun, type Document, type IContext } from 'docx';
import type { ReportDoc } from '../core/model';
import { fontTableXml } from './official-fonts';
import { stylesXml } from './official-styles';
import { blockParagraph, buildReportDocument } from './report-document';
import { writeXmlObject, type XmlObject } from './xml-text';

/** The parts of ours that replace docx's own: a font table that carries fallbacks, and the 公文 styles. */
function ownParts(): { path: string; data: string }[] {
  return [
    { path: 'word/fontTable.xml', data: fontTableXml() },
    { path: 'word/styles.xml', data: stylesXml() },
  ];
}

/** The .docx package of a document built whole by buildReportDocument (the reference the streamed body is tested against). */
export async function reportDocumentBytes(document: Document): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toArrayBuffer(document, false, ownParts()));
}

/** A paragraph no report can contain, so the one place it appears in the skeleton is where the body goes. */
const BODY_MARK = '\u2060huibao-body\u2060';
/** Paragraph text is encoded to UTF-8 in pieces of about this many characters. */
const PIECE_CHARACTERS = 1 << 20;

function elementText(element: { prepForXml(context: IContext): unknown }, context: IContext): string {
  const out: string[] = [];
  writeXmlObject(element.prepForXml(context) as XmlObject, out);
  return out.join('');
}

function joinBytes(pieces: readonly Uint8Array[]): Uint8Array {
  const joined = new Uint8Array(pieces.reduce((sum, piece) => sum + piece.length, 0));
  let at = 0;
  for (const piece of pieces) {
    joined.set(piece, at);
    at += piece.length;
  }
  return joined;
}

/**
 * word/document.xml with the draft's blocks in place of the mark: docx writes the skeleton (namespaces,
 * head, section properties) and each paragraph, one at a time, so the whole document never exists as a
 * tree of objects or one long string.
 */
function streamedDocumentXml(report: ReportDoc, skeleton: Document, mark: Paragraph): Uint8Array {
  const context: IContext = { file: skeleton, viewWrapper: skeleton.Document, stack: [] };
  const whole = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>${elementText(skeleton.Document.View, context)}`;
  const markText = elementText(mark, context);
  const at = whole.indexOf(markText);
  if (at < 0 || whole.indexOf(markText, at + 1) >= 0) throw new Error('report-docx: the body mark is not found once in the skeleton');
  const encoder = new TextEncoder();
  const pieces: Uint8Array[] = [encoder.encode(whole.slice(0, at))];
  let pending: string[] = [];
  let pendingCharacters = 0;
  for (const block of report.blocks) {
    const text = elementText(blockParagraph(block), context);
    pending.push(text);
    pendingCharacters += text.length;
    if (pendingCharacters >= PIECE_CHARACTERS) {
      pieces.push(encoder.encode(pending.join('')));
      pending = [];
      pendingCharacters = 0;
    }
  }
  pieces.push(encoder.encode(pending.join('') + whole.slice(at + markText.length)));
  return joinBytes(pieces);
}

/**
 * The .docx package of the report as bytes, in Node and in the browser alike (the task pane hands them to
 * a download; the CLI writes them to a file). The body is written paragraph by paragraph: at 50,000
 * indicators docx's own whole-document packing needs ~550 MB, this ~30 MB beyond the bytes themselves.
 */
export async function reportDocxBytes(report: ReportDoc): Promise<Uint8Array> {
  const mark = new Paragraph({ children: [new TextRun(BODY_MARK)] });
  const skeleton = buildReportDocument(report, [mark]);
  const documentXml = streamedDocumentXml(report, skeleton, mark);
  // docx types an override's data as a string; JSZip, which stores it, takes bytes as well, and bytes spare a 27 MB string.
  const documentPart = { path: 'word/document.xml', data: documentXml as unknown as string };
  return new Uint8Array(await Packer.toArrayBuffer(skeleton, false, [...ownParts(), documentPart]));
}
