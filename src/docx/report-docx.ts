import { Packer, type Document } from 'docx';
import type { ReportDoc } from '../core/model';
import { fontTableXml } from './official-fonts';
import { stylesXml } from './official-styles';
import { buildReportDocument } from './report-document';

/**
 * The .docx package of a report document built by buildReportDocument. Apart from reportDocxBytes so a
 * caller can let the ReportDoc go before packing, the step that needs the most memory.
 * The font table is replaced by one that carries fallbacks, the styles by the 公文 styles.
 */
export async function reportDocumentBytes(document: Document): Promise<Uint8Array> {
  const buffer = await Packer.toArrayBuffer(document, false, [
    { path: 'word/fontTable.xml', data: fontTableXml() },
    { path: 'word/styles.xml', data: stylesXml() },
  ]);
  return new Uint8Array(buffer);
}

/** The .docx package of the report as bytes, in Node and in the browser alike (the task pane hands them to a download; the CLI writes them to a file). */
export async function reportDocxBytes(report: ReportDoc): Promise<Uint8Array> {
  return reportDocumentBytes(buildReportDocument(report));
}
