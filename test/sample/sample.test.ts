import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { SAMPLE_PATH, writeSample } from '../../scripts/make-sample';

/**
 * The shipped sample is the embedded default of the add-in and `npm run demo`. These checks read the
 * committed file the way a person would: find the header, find the indicator by its name, read the cell.
 */

const SHEET = '目标分解表';

async function load(file: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return workbook;
}

function text(cell: ExcelJS.Cell): string {
  const value = cell.value;
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  return JSON.stringify(value);
}

/** Column number by its header: a row-4 sub-header under a group, or a row-3 header merged down. */
function columnOf(sheet: ExcelJS.Worksheet, header: string): number {
  for (const row of [4, 3]) {
    for (let col = 1; col <= sheet.columnCount; col++) {
      const cell = sheet.getCell(row, col);
      if (row === 4 && cell.master.address === sheet.getCell(3, col).address) continue;
      if (text(cell) === header) return col;
    }
  }
  throw new Error(`表头“${header}”不在第3—4行`);
}

interface IndicatorRow {
  readonly row: number;
  readonly get: (header: string) => ExcelJS.CellValue;
}

function findIndicator(sheet: ExcelJS.Worksheet, name: string): IndicatorRow {
  const nameCol = columnOf(sheet, '考核指标（工作任务）');
  const unitCol = columnOf(sheet, '单位');
  const rows: number[] = [];
  sheet.eachRow((row, rowNumber) => {
    // An indicator row has its own 单位/责任科室 cells; section rows merge the name across the table.
    const cell = row.getCell(nameCol);
    if (rowNumber > 4 && text(cell).includes(name) && !sheet.getCell(rowNumber, unitCol).isMerged) rows.push(rowNumber);
  });
  if (rows.length !== 1) throw new Error(`指标“${name}”应恰有一行，找到 ${rows.length} 行`);
  const row = rows[0];
  return { row, get: (header) => sheet.getCell(row, columnOf(sheet, header)).value };
}

function growth(actual: ExcelJS.CellValue, lastYear: ExcelJS.CellValue): number {
  if (typeof actual !== 'number' || typeof lastYear !== 'number') throw new Error('完成值或上年同期不是数字');
  return Math.round(((actual - lastYear) / lastYear) * 10000) / 100;
}

describe('样例工作簿：2009-灌南县发改委-目标任务分解表.xlsx', () => {
  let committed: ExcelJS.Workbook;
  let sheet: ExcelJS.Worksheet;

  beforeAll(async () => {
    committed = await load(SAMPLE_PATH);
    const found = committed.getWorksheet(SHEET);
    if (!found) throw new Error(`缺少工作表“${SHEET}”`);
    sheet = found;
  });

  describe('重新生成', () => {
    let regeneratedFile: string;

    beforeAll(async () => {
      const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'huibao-sample-'));
      regeneratedFile = path.join(dir, 'sample.xlsx');
      await writeSample(regeneratedFile);
    });

    it('脚本生成的每个单元格（值、公式、数字格式）和合并区域都与提交的文件相同', async () => {
      const regenerated = await load(regeneratedFile);
      expect(regenerated.worksheets.map((ws) => ws.name)).toEqual(committed.worksheets.map((ws) => ws.name));
      for (const fresh of regenerated.worksheets) {
        const kept = committed.getWorksheet(fresh.name);
        if (!kept) throw new Error(`提交的文件缺少工作表“${fresh.name}”`);
        const cells = (ws: ExcelJS.Worksheet): string[] => {
          const out: string[] = [];
          ws.eachRow({ includeEmpty: false }, (row) =>
            row.eachCell({ includeEmpty: false }, (cell) => {
              if (cell.isMerged && cell.master !== cell) return;
              out.push(`${cell.address}\t${JSON.stringify(cell.value)}\t${cell.numFmt ?? ''}`);
            }),
          );
          return out;
        };
        expect(cells(fresh)).toEqual(cells(kept));
        expect(fresh.model.merges.slice().sort()).toEqual(kept.model.merges.slice().sort());
      }
    });

    it('重新生成的文件与提交的文件逐字节相同（无随运行变化的时间戳）', async () => {
      const [fresh, kept] = await Promise.all([fs.readFile(regeneratedFile), fs.readFile(SAMPLE_PATH)]);
      expect(fresh.equals(kept)).toBe(true);
    });
  });

  describe('版式', () => {
    it('目标分解表在前，说明在后', () => {
      expect(committed.worksheets.map((ws) => ws.name)).toEqual([SHEET, '说明']);
    });

    it('第1行为合并的标题，第2行为填报单位、统计时段和填报日期', () => {
      expect(text(sheet.getCell('A1'))).toBe('灌南县发展和改革委员会2009年度绩效目标任务分解表');
      expect(sheet.getCell('L1').master.address).toBe('A1');
      expect(text(sheet.getCell('A2'))).toContain('填报单位：灌南县发展和改革委员会');
      expect(text(sheet.getCell('A2'))).toContain('统计时段：2009年1—6月');
      expect(text(sheet.getCell('A2'))).toContain('填报日期：2009年7月1日');
    });

    it('第3—4行为两行合并表头：目标任务、1—6月完成情况各管其下的子栏', () => {
      const target = columnOf(sheet, '全年目标');
      expect(text(sheet.getCell(3, target))).toBe('目标任务');
      expect(sheet.getCell(3, columnOf(sheet, '序时目标')).master.address).toBe(sheet.getCell(3, target).address);
      const actual = columnOf(sheet, '完成值');
      expect(text(sheet.getCell(3, actual))).toBe('1—6月完成情况');
      for (const header of ['上年同期', '完成情况说明']) {
        expect(sheet.getCell(3, columnOf(sheet, header)).master.address).toBe(sheet.getCell(3, actual).address);
      }
      for (const header of ['序号', '考核指标（工作任务）', '单位', '责任科室', '责任人', '分值', '完成时限']) {
        const col = columnOf(sheet, header);
        expect(sheet.getCell(4, col).master.address).toBe(sheet.getCell(3, col).address);
      }
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 4 });
      expect(sheet.pageSetup.printTitlesRow).toBe('3:4');
    });

    it('分组行按汇报的顺序和序号排列：勤政、优政、廉政及其下各级', () => {
      const outlines: string[] = [];
      sheet.eachRow((row, rowNumber) => {
        // A section row keeps its outline number in 序号 and merges its title across the rest of the row.
        if (rowNumber > 4 && !row.getCell(1).isMerged && row.getCell(2).isMerged) {
          outlines.push(`${text(row.getCell(1))}${text(row.getCell(2))}`);
        }
      });
      expect(outlines).toEqual([
        '一、勤政目标',
        '（一）单位职能工作',
        '1、计划管理',
        '2、项目建设',
        '3、苏北发展及南北挂钩',
        '4、服务业发展',
        '（二）关键绩效内容',
        '1、优化工作流程',
        '2、关键绩效指标',
        '（三）机关专项工作',
        '二、优政目标',
        '（一）超常影响',
        '（二）超常成果',
        '三、廉政目标',
        '（一）组织领导与率先垂范',
        '（二）落实党风廉政建设责任制',
        '（三）作风建设与专项治理',
      ]);
    });
  });

  describe('汇报所载数字都在对应指标行', () => {
    it('1—5月全社会固定资产投资39.9亿元，上年同期使增幅为31.08%', () => {
      const row = findIndicator(sheet, '全社会固定资产投资');
      expect(row.get('单位')).toBe('亿元');
      expect(row.get('完成值')).toBe(39.9);
      expect(row.get('上年同期')).toBe(30.44);
      expect(growth(row.get('完成值'), row.get('上年同期'))).toBe(31.08);
      expect(String(row.get('完成情况说明'))).toContain('1—5月份全县固定资产投资完成39.9亿元，增幅31.08%');
      expect(String(row.get('考核指标（工作任务）'))).toContain('1—5月');
    });

    it('项目建设：督查119个，中央投资项目11个（3个、7个、1个），档案83份，更新率45%，市级36个（新开工12个、投产3个），县级119个', () => {
      expect(findIndicator(sheet, '项目动态督查').get('完成值')).toBe(119);
      const central = findIndicator(sheet, '扩大内需中央投资项目');
      expect(central.get('完成值')).toBe(11);
      for (const part of ['已完成下达投资计划的项目3个', '正在建设项目7个', '1个项目下月内可开工建设']) {
        expect(String(central.get('完成情况说明'))).toContain(part);
      }
      const files = findIndicator(sheet, '过千万元投资项目档案');
      expect([files.get('完成值'), files.get('单位')]).toEqual([83, '份']);
      const renewal = findIndicator(sheet, '项目库更新率');
      expect([renewal.get('完成值'), renewal.get('单位')]).toEqual([45, '%']);
      const city = findIndicator(sheet, '市级重大项目');
      expect(city.get('完成值')).toBe(36);
      expect(String(city.get('完成情况说明'))).toMatch(/新开工12个，投产3个/);
      expect(findIndicator(sheet, '县级重大项目').get('完成值')).toBe(119);
    });

    it('备案核准审批上报项目18个（县内13个）；审批时限为逆向指标：1天（≤3）、3天（≤15）', () => {
      const filed = findIndicator(sheet, '备案核准审批上报项目');
      expect(filed.get('完成值')).toBe(18);
      expect(String(filed.get('完成情况说明'))).toContain('其中县内13个');
      const record = findIndicator(sheet, '备案办结时限');
      expect([record.get('单位'), record.get('全年目标'), record.get('完成值')]).toEqual(['天', '≤3', 1]);
      const approve = findIndicator(sheet, '核准（审批）办结时限');
      expect([approve.get('单位'), approve.get('全年目标'), approve.get('完成值')]).toEqual(['天', '≤15', 3]);
    });

    it('关键绩效指标：龙头企业目标2家（3家省级候选），改制企业2家，置换职工身份写作“300余人”，无偿资金1746万元比同期增长45%、待下达1200万元，10个项目进入国家盘子', () => {
      const dragon = findIndicator(sheet, '新增市级农业龙头企业');
      expect([dragon.get('全年目标'), dragon.get('单位')]).toEqual([2, '家']);
      expect(typeof dragon.get('完成值')).not.toBe('number');
      expect(String(dragon.get('完成情况说明'))).toMatch(/下半年开展.*3家企业作为省级龙头企业候选/);
      const reform = findIndicator(sheet, '完成企业改制');
      expect([reform.get('完成值'), reform.get('单位')]).toEqual([2, '家']);
      expect(findIndicator(sheet, '置换职工身份').get('完成值')).toBe('300余人');
      const funds = findIndicator(sheet, '向上争取无偿资金');
      expect([funds.get('完成值'), funds.get('单位')]).toEqual([1746, '万元']);
      expect(Math.round(growth(funds.get('完成值'), funds.get('上年同期')))).toBe(45);
      expect(String(funds.get('完成情况说明'))).toContain('还有1200万元无偿资金在下一阶段下达');
      expect(findIndicator(sheet, '进入国家投资盘子').get('完成值')).toBe(10);
    });

    it('定性与优政、廉政：连续六年全市第一，四项“三百”会战，人民网交流，党风廉政的次数要求', () => {
      expect(String(findIndicator(sheet, '南北挂钩市目标考核').get('完成情况说明'))).toContain('已连续六年全市第一');
      expect(findIndicator(sheet, '“三百”会战').get('完成值')).toBe(4);
      expect(String(findIndicator(sheet, '学习实践科学发展观').get('完成情况说明'))).toContain('人民网');
      expect(findIndicator(sheet, '向上争取资金比同期增长').get('完成值')).toBe(45);
      expect(findIndicator(sheet, '班子研究党风廉政建设').get('全年目标')).toBe('≥2');
      expect(findIndicator(sheet, '述绩述廉').get('全年目标')).toBe(1);
      expect(findIndicator(sheet, '民主生活会').get('全年目标')).toBe(1);
      expect(findIndicator(sheet, '警示教育').get('全年目标')).toBe('≥1');
    });
  });

  describe('每一行都可考核', () => {
    function indicatorRows(): number[] {
      const unitCol = columnOf(sheet, '单位');
      const rows: number[] = [];
      sheet.eachRow((row, rowNumber) => {
        if (rowNumber > 4 && !sheet.getCell(rowNumber, unitCol).isMerged && text(row.getCell(1)).startsWith('（')) rows.push(rowNumber);
      });
      return rows;
    }

    it('每个指标都有目标、完成情况说明、责任科室、责任人、分值和日期型完成时限', () => {
      const rows = indicatorRows();
      expect(rows.length).toBeGreaterThanOrEqual(40);
      for (const row of rows) {
        for (const header of ['全年目标', '完成情况说明', '责任科室', '责任人']) {
          expect([row, header, text(sheet.getCell(row, columnOf(sheet, header))) !== '']).toEqual([row, header, true]);
        }
        expect(typeof sheet.getCell(row, columnOf(sheet, '分值')).value).toBe('number');
        expect(sheet.getCell(row, columnOf(sheet, '完成时限')).value).toBeInstanceOf(Date);
      }
    });

    it('分值合计100分，合计行用 SUM 公式并带缓存结果', () => {
      const weightCol = columnOf(sheet, '分值');
      const total = indicatorRows().reduce((sum, row) => sum + Number(sheet.getCell(row, weightCol).value), 0);
      expect(total).toBe(100);
      let totalCell: ExcelJS.Cell | null = null;
      sheet.eachRow((row) => {
        if (text(row.getCell(1)).replace(/\s|　/g, '') === '合计') totalCell = row.getCell(weightCol);
      });
      expect(totalCell).not.toBeNull();
      const value = (totalCell as unknown as ExcelJS.Cell).value as ExcelJS.CellFormulaValue;
      expect(value.formula).toMatch(/^SUM\(K5:K\d+\)$/);
      expect(value.result).toBe(100);
    });

    it('已过完成时限（2009年7月1日前）的任务写明“已完成”', () => {
      const deadlineCol = columnOf(sheet, '完成时限');
      const actualCol = columnOf(sheet, '完成值');
      const passed = indicatorRows().filter((row) => (sheet.getCell(row, deadlineCol).value as Date) < new Date(Date.UTC(2009, 6, 1)));
      expect(passed.length).toBeGreaterThan(0);
      for (const row of passed) expect(text(sheet.getCell(row, actualCol))).toMatch(/已完成|^\d+$/);
    });

    it('表下有“注：”说明行', () => {
      const notes: string[] = [];
      sheet.eachRow((row) => {
        if (text(row.getCell(1)).startsWith('注：')) notes.push(text(row.getCell(1)));
      });
      expect(notes).toHaveLength(1);
      expect(notes[0]).toContain('逆向指标');
    });
  });

  describe('说明页', () => {
    it('列出每一项假定的目标或数值，所指单元格里正是该值', () => {
      const notes = committed.getWorksheet('说明');
      if (!notes) throw new Error('缺少“说明”工作表');
      const listed: { address: string; value: string }[] = [];
      notes.eachRow((row) => {
        const address = text(row.getCell(3));
        if (address.startsWith(`${SHEET}!`)) listed.push({ address: address.slice(SHEET.length + 1), value: text(row.getCell(5)) });
      });
      expect(listed.length).toBeGreaterThanOrEqual(15);
      for (const { address, value } of listed) {
        const cell = sheet.getCell(address);
        expect([address, value.startsWith(text(cell))]).toEqual([address, true]);
      }
      const investment = findIndicator(sheet, '全社会固定资产投资');
      const targetAddress = sheet.getCell(investment.row, columnOf(sheet, '全年目标')).address;
      expect(listed.map((entry) => entry.address)).toContain(targetAddress);
    });
  });
});
