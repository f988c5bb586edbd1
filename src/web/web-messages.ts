import type { EngineStep } from '../core/pipeline';
import type { WebFindings, WebReportRequest } from './web-report';

/**
 * What the page's thread and its engine Worker say to each other; plain data and Blobs, so everything
 * crosses postMessage by structured clone (a Blob is passed by reference, its bytes are not copied).
 */
export interface WebEngineRequest {
  readonly type: 'run';
  readonly id: number;
  readonly request: WebReportRequest;
}

/** The report files as the page downloads them. */
export interface WebReportBlobs {
  readonly xlsxName: string;
  readonly xlsx: Blob;
  readonly docxName: string;
  readonly docx: Blob;
}

export type WebResult =
  | { readonly kind: 'unreadable'; readonly message: string }
  | { readonly kind: 'no-table'; readonly findings: WebFindings }
  | { readonly kind: 'report'; readonly findings: WebFindings; readonly files: WebReportBlobs };

export type WebEngineReply =
  /** The Worker has parsed the script and waits for work (it is started as the page opens, while the user picks a file). */
  | { readonly type: 'ready'; readonly id: 0 }
  | { readonly type: 'step'; readonly id: number; readonly step: EngineStep; readonly ms: number }
  | { readonly type: 'done'; readonly id: number; readonly result: WebResult }
  | { readonly type: 'failed'; readonly id: number; readonly name: string; readonly message: string; readonly stack: string };
