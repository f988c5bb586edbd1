/**
 * The answers the page or the CLI keep in the report workbook (custom document properties,
 * docProps/custom.xml) survive LibreOffice opening and saving it again: a report passed through
 * LibreOffice still tells the CLI the user's answers. A long answer (kept in several pieces) comes back whole.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { settingsFromProperties, type WorkbookSettings } from '../../src/core/model';
import { readCustomProperties } from '../../src/node/xlsx-package/custom-properties';
import { openWorkbookBytes } from '../../src/node/xlsx-read/workbook-bytes';
import { webReport } from '../../src/web/web-report';
import { recalculate, describeWithSoffice } from './soffice';

const SAMPLE = path.join(__dirname, '..', '..', 'assets', 'samples', '2009-灌南县发改委-目标任务分解表.xlsx');
/** A sheet name as long as Excel allows (31 characters), as some departments name theirs. */
const LONG_SHEET = '灌南县发展和改革委员会二〇〇九年上半年目标任务分解表（县直属）';

/** The sample with its table's sheet renamed to LONG_SHEET (the workbook and app.xml list it). */
function longNamedSample(): Uint8Array {
  const files = unzipSync(readFileSync(SAMPLE));
  for (const part of ['xl/workbook.xml', 'docProps/app.xml']) files[part] = strToU8(strFromU8(files[part]).split('目标分解表').join(LONG_SHEET));
  return zipSync(files);
}

describeWithSoffice('LibreOffice 另存后，汇报工作簿里保存的答案仍在', (soffice) => {
  let dir = '';
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'huibao-lo-answers-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('版式、列的答案（含超过 255 字符、分段保存的）经 LibreOffice 另存为 .xlsx 后读回相同', async () => {
    // A 31-character sheet name, the as-of date and column letters for every field make the JSON pass 255 characters: it is kept in pieces.
    expect(LONG_SHEET).toHaveLength(31);
    const answers: WorkbookSettings = {
      sheet: LONG_SHEET,
      asOf: '2009-06-30',
      layoutClass: 'progress-only',
      columnMap: { id: 'A', name: 'B', unit: 'C', target: 'D', periodTarget: 'E', actual: 'F', lastYear: 'G', progressText: 'H', department: 'J', owner: 'I', weight: 'K', deadline: 'L' },
    };
    const outcome = await webReport({ fileName: path.basename(SAMPLE), bytes: longNamedSample(), settings: answers, locale: 'zh-CN', generatedAt: '2026-12-07T03:00:00.000Z' });
    if (outcome.kind !== 'report') throw new Error(outcome.kind);
    const report = path.join(dir, '答案-汇报.xlsx');
    writeFileSync(report, Buffer.concat(outcome.files.xlsx.map((piece) => Buffer.from(piece))));
    const written = readCustomProperties(strFromU8(unzipSync(readFileSync(report))['docProps/custom.xml']));
    expect(JSON.stringify(answers).length).toBeGreaterThan(255);
    expect([...written.keys()]).toEqual(['huibao.settings', 'huibao.settings.2']);

    const outDir = path.join(dir, 'lo');
    const [saved] = recalculate(soffice, [report], outDir);
    const parts = unzipSync(readFileSync(saved));
    expect(parts['docProps/custom.xml']).toBeDefined();
    expect(settingsFromProperties(readCustomProperties(strFromU8(parts['docProps/custom.xml'])))).toEqual(answers);
    expect(openWorkbookBytes(new Uint8Array(readFileSync(saved)), saved).snapshot.settings).toEqual(answers);
  }, 300_000);
});
