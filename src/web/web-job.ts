import type { EngineStep } from '../core/pipeline';
import { DOCX_MIME } from '../taskpane/docx-mime';
import type { WebResult } from './web-messages';
import { webReport, type WebReportRequest } from './web-report';

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const XLSM_MIME = 'application/vnd.ms-excel.sheet.macroEnabled.12';

/** Our bytes are never on a SharedArrayBuffer, which is all that keeps a Uint8Array from being a BlobPart to TypeScript. */
function blobPart(bytes: Uint8Array): BlobPart {
  return bytes as Uint8Array<ArrayBuffer>;
}

/** The page's job, in whichever thread runs it: the report, with its files made into Blobs to download. */
export async function webJob(request: WebReportRequest, onStep: (step: EngineStep, ms: number) => void): Promise<WebResult> {
  const outcome = await webReport(request, onStep);
  if (outcome.kind !== 'report') return outcome;
  const { files } = outcome;
  return {
    kind: 'report',
    findings: outcome.findings,
    files: {
      xlsxName: files.xlsxName,
      xlsx: new Blob(files.xlsx.map(blobPart), { type: files.xlsxName.endsWith('.xlsm') ? XLSM_MIME : XLSX_MIME }),
      docxName: files.docxName,
      docx: new Blob([blobPart(files.docx)], { type: DOCX_MIME }),
    },
  };
}
