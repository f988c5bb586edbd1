/** The targets of issue 9, in one place, so the table, results.json and the README say the same. */
export const TARGETS = {
  /** engine on 50,000 rows ÷ exceljs read of the same file. */
  engineRatioAt50k: 0.25,
  /** engine 50,000 rows ÷ engine 5,000 rows (linear would be 10). */
  engineLinearity: 12,
  /** huibao report ÷ exceljs read + write of the same size. */
  reportRatio: 1.5,
  /** Peak resident memory of `huibao report` on 50,000 rows, MB. */
  peakRssMbAt50k: 600,
  /** Peak resident memory of `huibao report` on a 300-row table beside a 200,000-row ledger (台账), MB (issue 14). */
  ledgerPeakRssMb: 400,
  /** Office.js host under the payload limit. */
  officeReadSyncs: 1,
  officeApplySyncs: 3,
  /** Production task pane bundle, gzipped, KB. */
  taskpaneGzipKb: 250,
  /** Opening the pane to 生成汇报 enabled, headless Chromium, ms. */
  taskpaneReadyMs: 1_500,
  /** 网页版: choosing the file → both downloads ready ÷ `huibao report` on the same file (issue 21). */
  webRatio: 2,
} as const;

export const LARGEST = 50_000;
export const LINEARITY_BASE = 5_000;
