import { isRegionHeader, isTotalLine, placeEvidence, readAxis } from '../../src/core/recognize/layouts/cross-table-axis';

/*
 * The places of a cross-table are told by what their labels are, not by a list of places: how they end, a line for
 * the whole area, a header naming the kind of place.
 */
describe('一个标签像不像地名', () => {
  it.each(['东城区', '南山县', '北湖镇', '河口乡', '城南街道', '经济开发区', '高新区', '丙自治州', '额济纳旗', '市本级', '州直'])('“%s”以地名的收尾结束', (label) => {
    expect(placeEvidence(label)).toBe('place');
  });

  it.each(['张家港', '常熟', '攀石岗'])('“%s”是不带收尾的短地名：只算一半的证据', (label) => {
    expect(placeEvidence(label)).toBe('bare');
  });

  it.each(['新建项目', '目标任务', '2024年', '增长(%)', '万元', '1-6月', '城镇化率达到60%以上的地区'])('“%s”不是地名', (label) => {
    expect(placeEvidence(label)).toBe('none');
  });
});

describe('全地区的那一行（列）', () => {
  it.each(['全市', '全省合计', '全县（含开发区）', '合计', '总计'])('“%s”是全地区的数', (label) => {
    expect(isTotalLine(label)).toBe(true);
  });

  it('“全区生产总值”是指标名，不是全区合计', () => {
    expect(isTotalLine('全区生产总值')).toBe(false);
  });
});

describe('说明地区种类的表头', () => {
  it.each(['地区', '市州', '县(市)、新区', '县（市、区）', '乡镇（街道）', '各县区', '区县名称'])('“%s”', (header) => {
    expect(isRegionHeader(header)).toBe(true);
  });

  it.each(['指标名称', '项目类别', '隶属', '责任单位', '市别'])('“%s”不是', (header) => {
    expect(isRegionHeader(header)).toBe(false);
  });
});

describe('一排标签读成地区轴', () => {
  it('标题点名的城市就是全市一栏；短地名因此也算地名', () => {
    const axis = readAxis(['临海市', '东区', '白沙', '青石', '高新区'], '2019年临海市主要预期指标分解');
    expect(axis).toMatchObject({ total: 0, wholeBy: 'title', places: 5 });
    expect(axis.confidence).toBeGreaterThan(0.75);
  });

  it('没有全地区的一栏时，短地名不算地名，信心也低', () => {
    const axis = readAxis(['东区', '白沙', '青石'], '');
    expect(axis).toMatchObject({ total: -1, wholeBy: 'none', places: 1 });
    expect(axis.confidence).toBeLessThan(0.75);
  });

  it('“合计”按字认出，都以区县收尾时最确定', () => {
    expect(readAxis(['东城区', '西城区', '南山县', '合计'], '')).toMatchObject({ total: 3, wholeBy: 'words', confidence: 1 });
  });
});
