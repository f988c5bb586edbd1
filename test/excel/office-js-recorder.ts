import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import * as vm from 'node:vm';
import { compareVersions } from '../../src/excel/requirement-sets';
import { EXCEL_PAYLOAD_LIMIT } from '../../src/excel/payload-size';
import { OFFICE_JS_DIST } from '../emulator/shipped-surface';

/**
 * The shipped office.js itself (excel-web-16.00.debug.js, the build Excel on the web loads, where the 5 MB
 * limit applies), run in a Node VM with a recording executor in place of Excel: the library's own proxies
 * queue the calls and its own ClientRequestContext serialises them, and the recorder keeps each request body
 * instead of sending it. So the bytes here are the bytes Excel would receive, not our estimate of them.
 *
 * The recorder answers like Excel on the web: a body above 5 MB is refused with RequestPayloadSizeLimitExceeded
 * (nothing in it runs); anything else succeeds, answering each object the request instantiates with a
 * reference id, as Excel does inside Excel.run. That is what lets a sheet added in one sync be written in the
 * next; without it the library itself refuses the stale object path (InvalidObjectPath).
 */
export interface RecordedRequest {
  /** UTF-8 bytes of the JSON body Office.js built. */
  readonly bytes: number;
  readonly actions: number;
  readonly refused: boolean;
  /** Rows written through Range.formulas in this request. */
  readonly formulaRows: number;
}

export interface OfficeJsRecorder {
  /** The library's Excel namespace (classes, RequestContext). */
  readonly Excel: Record<string, unknown>;
  readonly requests: RecordedRequest[];
  /** A fresh Excel.RequestContext whose syncs go to the recorder. */
  newContext(): Excel.RequestContext;
  readonly isSetSupported: (name: string, version: string) => boolean;
}

interface RequestAction {
  readonly Id: number;
  readonly ActionType: number;
  readonly Name: string;
  readonly ArgumentInfo?: { readonly Arguments?: readonly unknown[] };
}

interface RequestMessage {
  readonly Body: { readonly Actions?: readonly RequestAction[] };
}

/** ActionType 1 in the library's RichApi protocol: instantiate an object path. */
const INSTANTIATE = 1;

interface ExecutorResponse {
  readonly ErrorCode: string | null;
  readonly ErrorMessage?: string;
  readonly HttpStatusCode: number;
  readonly Headers: Record<string, string>;
  readonly Body: { readonly Results: readonly { ActionId: number; Value: unknown }[] } | null;
}

const encoder = new TextEncoder();
let libraryCode: string | null = null;

/** Loads the library for an Excel that supports ExcelApi up to `excelApi` (it checks members against this). */
export function officeJsRecorder(excelApi: string, limit = EXCEL_PAYLOAD_LIMIT): OfficeJsRecorder {
  libraryCode ??= readFileSync(path.join(OFFICE_JS_DIST, 'excel-web-16.00.debug.js'), 'utf8');
  const isSetSupported = (name: string, version: string) => name === 'ExcelApi' && compareVersions(version, excelApi) <= 0;
  const sandbox: Record<string, unknown> = { console: { log: () => undefined, warn: () => undefined, error: () => undefined }, setTimeout, clearTimeout, navigator: { userAgent: 'node' } };
  sandbox.window = sandbox;
  sandbox.self = sandbox;
  sandbox.Office = { context: { requirements: { isSetSupported } } };
  vm.runInContext(libraryCode, vm.createContext(sandbox), { filename: 'excel-web-16.00.debug.js' });
  const Excel = sandbox.Excel as Record<string, unknown> & { RequestContext: new () => Excel.RequestContext };
  const requests: RecordedRequest[] = [];
  const executor = {
    executeAsync(_customData: unknown, _flags: unknown, message: RequestMessage): Promise<ExecutorResponse> {
      const bytes = encoder.encode(JSON.stringify(message.Body)).length;
      const refused = bytes > limit;
      const actions = message.Body.Actions ?? [];
      const formulaRows = actions.reduce((sum, action) => {
        const matrix = action.Name === 'Formulas' ? action.ArgumentInfo?.Arguments?.[0] : undefined;
        return sum + (Array.isArray(matrix) ? matrix.length : 0);
      }, 0);
      requests.push({ bytes, actions: actions.length, refused, formulaRows });
      if (refused) {
        return Promise.resolve({
          ErrorCode: 'RequestPayloadSizeLimitExceeded',
          ErrorMessage: 'The request payload size has exceeded the limit.',
          HttpStatusCode: 413,
          Headers: {},
          Body: null,
        });
      }
      const results = (message.Body.Actions ?? [])
        .filter((action) => action.ActionType === INSTANTIATE)
        .map((action) => ({ ActionId: action.Id, Value: { _ReferenceId: `recorded-${action.Id}` } }));
      return Promise.resolve({ ErrorCode: null, HttpStatusCode: 200, Headers: {}, Body: { Results: results } });
    },
  };
  return {
    Excel,
    requests,
    isSetSupported,
    newContext() {
      const context = new Excel.RequestContext();
      (context as unknown as { _requestExecutor: typeof executor })._requestExecutor = executor;
      return context;
    },
  };
}
