import { compute } from '../../src/core/compute';
import { issueMessage } from '../../src/core/i18n';
import type { IndicatorTable } from '../../src/core/model';
import { refToString, runsText } from '../../src/core/model';
import { narrate } from '../../src/core/narrate';
import { recognize } from '../../src/core/recognize';
import { validate } from '../../src/core/validate';
import { LAYOUT_FIXTURES } from '../fixtures/layouts/specs';
import { area, workbookOf, type SheetSpec } from './build-snapshot';

function sheetsOf(file: string): readonly SheetSpec[] {
  const found = LAYOUT_FIXTURES.find((f) => f.file.startsWith(file));
  if (!found) throw new Error(`no fixture ${file}`);
  return found.sheets;
}

describe('地区×指标交叉表', () => {
  const recognition = recognize(workbookOf('就业', sheetsOf('地区指标交叉表-就业民生实事')));
  const table = recognition.table as IndicatorTable;

  it('每个指标表头一项指标，地区从不成为指标', () => {
    expect(table.layoutClass).toBe('cross-table');
    expect(table.indicators.map((i) => i.name.value)).toEqual(['城镇新增就业', '农村劳动力转移就业', '职业技能培训']);
    const regions = ['东城区', '西城区', '南山县', '北塘县', '高新区', '临港开发区', '全市'];
    for (const region of regions) expect(table.indicators.some((i) => i.name.value === region)).toBe(false);
    expect(new Set(table.indicators.map((i) => i.row)).size).toBe(3);
  });

  it('指标自己的数取自“全市”行，单位取自表头括号', () => {
    const [jobs, transfer, training] = table.indicators;
    expect(jobs).toMatchObject({ unit: '人', target: { value: 18000 }, actual: { value: 13810 } });
    expect(refToString(jobs.target!.cell)).toBe('分县区进度!C11');
    expect(refToString(jobs.actual!.cell)).toBe('分县区进度!D11');
    expect(jobs.statedCompletion?.value).toBeCloseTo(0.7672, 10);
    expect(transfer.actual?.value).toBe(14280);
    expect(training).toMatchObject({ unit: '人次', target: { value: 28000 } });
    expect(table.period).toMatchObject({ year: 2024, fromMonth: 1, toMonth: 9 });
  });

  it('分地区明细：目标任务、进度、完成比例逐个地区，合计行不在其中', () => {
    const jobs = table.indicators[0];
    expect(jobs.breakdown?.map((r) => r.region.value)).toEqual(['东城区', '西城区', '南山县', '北塘县', '高新区', '临港开发区']);
    expect(jobs.breakdown?.[1]).toMatchObject({ target: { value: 4200 }, actual: { value: 2520 }, rate: { value: 0.6 } });
    expect(jobs.breakdown?.[1].cells.map(refToString)).toEqual(['分县区进度!C6', '分县区进度!D6', '分县区进度!E6']);
    expect(table.indicators[1].breakdown?.[0].actual?.value).toBe(2700);
  });

  it('没读的列（备注）一一列出，不默默丢掉', () => {
    const unused = recognition.issues.find((i) => i.code === 'recognize-unused-columns');
    expect(unused).toBeDefined();
    expect(issueMessage(unused!)).toBe('按“地区×指标”交叉表读取时，有 1 列未读取：L列“备注”。');
  });

  it('汇报稿点名进度滞后的地区', () => {
    const report = narrate(table, compute(table, []));
    const text = report.blocks.map((b) => runsText(b.runs)).join('\n');
    expect(text).toContain('西城区（60%）、北塘县（65%）完成比例低于序时进度（75%），进度滞后');
    expect(text).toContain('西城区（50%）、临港开发区（55%）完成比例低于序时进度（75%）');
  });

  it('没有合计行：指标没有汇总数，并提示补上', () => {
    const spec = sheetsOf('地区指标交叉表-就业民生实事')[0];
    const withoutTotal: SheetSpec = { ...spec, rows: spec.rows.filter((row) => row[1] !== '全市') };
    const read = recognize(workbookOf('x', [withoutTotal]));
    expect(read.table?.layoutClass).toBe('cross-table');
    expect(read.table?.indicators.every((i) => i.target === null && i.actual === null && (i.breakdown?.length ?? 0) === 6)).toBe(true);
    expect(read.issues.map((i) => i.code)).toContain('recognize-cross-table-no-total');
  });
});

describe('读不了的交叉表：说明版式与办法后拒绝', () => {
  it('小表头看不出目标和完成数时，报“地区×指标”交叉表并说怎么改', () => {
    const recognition = recognize(workbookOf('对比', sheetsOf('地区指标交叉表-无法读取')));
    expect(recognition.table).toBeNull();
    const refusal = recognition.issues.find((i) => i.code === 'recognize-cross-table-unreadable');
    expect(refusal?.severity).toBe('error');
    const message = issueMessage(refusal!);
    expect(message).toContain('是“地区×指标”交叉表');
    expect(message).toContain('东城区、西城区、南山县');
    expect(message).toContain('2023年、2024年、增减');
  });
});

describe('按指标逐行的分解表不当作交叉表', () => {
  it('“单位”列（计量单位）不是地区列', () => {
    const recognition = recognize(
      workbookOf('x', [
        {
          name: '指标',
          rows: [
            ['序号', '指标', '单位', '全年目标', '完成情况', null],
            [null, null, null, null, '1—6月', '上年同期'],
            [1, '港口货物吞吐量', '万吨', 5200, 2716, 2510],
            [2, '集装箱吞吐量', '万标箱', 36, 17.9, 16.2],
            [3, '港口建设投资', '亿元', 12, 5.4, 5.6],
          ],
          merges: [area('A1:A2'), area('B1:B2'), area('C1:C2'), area('D1:D2'), area('E1:F1')],
        },
      ]),
    );
    expect(recognition.table?.layoutClass).toBe('breakdown');
    expect(recognition.table?.indicators.map((i) => i.name.value)).toEqual(['港口货物吞吐量', '集装箱吞吐量', '港口建设投资']);
  });
});

describe('交叉表与目标表上不误报的校验', () => {
  it('没有合计行的交叉表：不按指标逐个报“没有目标值”', () => {
    const spec = sheetsOf('地区指标交叉表-就业民生实事')[0];
    const withoutTotal: SheetSpec = { ...spec, rows: spec.rows.filter((row) => row[1] !== '全市') };
    const snapshot = workbookOf('x', [withoutTotal]);
    const table = recognize(snapshot).table!;
    const codes = validate(table, snapshot).map((i) => i.code);
    expect(codes).not.toContain('missing-target');
    expect(codes).not.toContain('no-department-column');
  });

  it('绩效目标表：定性指标没有完成情况不算问题', () => {
    const snapshot = workbookOf('x', sheetsOf('部门整体支出绩效目标表'));
    const codes = validate(recognize(snapshot).table!, snapshot).map((i) => i.code);
    expect(codes).toEqual([]);
  });
});

describe('民生工程完成情况表：五行表头、牵头单位行、同一张表上下两段', () => {
  const table = recognize(workbookOf('民生', sheetsOf('地区指标交叉表-民生工程两段'))).table as IndicatorTable;

  it('两段的指标都读出，路径取类别行，牵头单位作责任单位', () => {
    expect(table.layoutClass).toBe('cross-table');
    expect(table.indicators.map((i) => i.name.value)).toEqual(['城镇新增就业', '就业困难人员就业', '城镇登记失业率', '劳务品牌培训', '妇女居家灵活就业培训']);
    expect(table.indicators[0].path).toEqual(['就业促进工程', '促进城乡劳动者就业创业']);
    expect(table.indicators[3].path).toEqual(['就业促进工程', '加大就业技能培训']);
    expect(table.indicators.map((i) => i.department?.value)).toEqual(['市人力资源社会保障局', '市人力资源社会保障局', '市人力资源社会保障局', '市人力资源社会保障局', '市妇联']);
    expect(table.headerRows).toEqual([2, 3, 4, 5, 6]);
  });

  it('“全市”在地区之前也作合计行；“失业率低于”是上限', () => {
    const [jobs, , unemployment, brand] = table.indicators;
    expect(jobs).toMatchObject({ target: { value: 27800 }, actual: { value: 22242 } });
    expect(jobs.statedCompletion?.value).toBeCloseTo(0.8, 10);
    expect(unemployment).toMatchObject({ direction: 'lower', unit: '%', target: { value: 4.3, approx: 'atMost' }, actual: { value: 3.57 }, statedCompletion: null });
    expect(jobs.breakdown?.map((r) => r.region.value)).toEqual(['市本级', '天府新区', '东坡区', '彭山区', '仁寿县', '洪雅县', '丹棱县']);
    expect(brand.breakdown?.map((r) => r.region.value)).toEqual(['东坡区', '彭山区', '仁寿县', '洪雅县']);
    expect(brand).toMatchObject({ target: { value: 1100 }, actual: { value: 840 } });
  });

  it('汇报稿：上限指标按是否超限说，未填报的地区点名', () => {
    const text = narrate(table, compute(table, [])).blocks.map((b) => runsText(b.runs)).join('\n');
    expect(text).toContain('5个地区均控制在目标以内。市本级、天府新区未填报。');
    expect(text).toContain('彭山区（48.7%）');
  });
});

describe('用户手工指定了列时按逐行表读取', () => {
  it('--map 给出列对应，就不按交叉表读', () => {
    const recognition = recognize(workbookOf('就业', sheetsOf('地区指标交叉表-就业民生实事')), { columnMap: { name: 'B', target: 'C', actual: 'D' } });
    expect(recognition.table?.layoutClass).toBe('breakdown');
  });
});
