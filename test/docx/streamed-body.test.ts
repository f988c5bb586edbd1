import JSZip from 'jszip';
import type { ReportDoc } from '../../src/core/model';
import { narrate } from '../../src/core/narrate';
import { reportDocumentBytes, reportDocxBytes } from '../../src/docx/report-docx';
import { buildReportDocument } from '../../src/docx/report-document';
import { writeXmlObject, type XmlObject } from '../../src/docx/xml-text';
import { seedTable } from '../narrate/seed-table';

/** Every part of a package by name; docProps/core.xml carries the time of packing and is compared without it. */
async function parts(bytes: Uint8Array): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const named = new Map<string, string>();
  for (const name of Object.keys(zip.files).sort()) {
    if (zip.files[name].dir) continue;
    const text = await zip.files[name].async('string');
    named.set(name, name === 'docProps/core.xml' ? text.replace(/<dcterms:(created|modified)[^>]*>[^<]*</g, '<dcterms:$1>') : text);
  }
  return named;
}

async function expectSameAsWholePacking(report: ReportDoc): Promise<void> {
  const streamed = await parts(await reportDocxBytes(report));
  const whole = await parts(await reportDocumentBytes(buildReportDocument(report)));
  expect([...streamed.keys()]).toEqual([...whole.keys()]);
  for (const [name, text] of whole) expect({ name, text: streamed.get(name) }).toEqual({ name, text });
}

/** A draft with what escaping and the paragraph kinds can trip on: markup characters, quotes, empty runs, leads at every level, placeholders. */
function awkwardReport(): ReportDoc {
  return {
    title: '2024年<上半年>绩效 & “指标”完成情况汇报',
    unitLine: "某县'发改委'",
    dateLine: '',
    blocks: [
      { kind: 'heading', level: 1, runs: [{ kind: 'text', text: '一、A&B <c> "d" \'e\'' }] },
      { kind: 'heading', level: 2, runs: [] },
      { kind: 'paragraph', runs: [] },
      { kind: 'paragraph', runs: [{ kind: 'text', text: '' }] },
      ...([1, 2, 3, 4] as const).map((level) => ({
        kind: 'paragraph' as const,
        lead: { level, text: `${level}、计划管理：` },
        runs: [
          { kind: 'number' as const, text: '39.9亿元', value: 39.9, unit: '亿元', sources: [] },
          { kind: 'text' as const, text: '，  两个空格 ' },
          { kind: 'placeholder' as const, text: '【待补充：滞后原因】' },
        ],
      })),
    ],
  };
}

describe('汇报稿正文逐段写出，与 docx 整篇打包的结果逐字节相同', () => {
  it('样例表的汇报稿', async () => {
    const builder = seedTable();
    await expectSameAsWholePacking(narrate(builder.table(), builder.results()));
  });

  it('含 & < > 引号、空段、各级段首和待补充的汇报稿', async () => {
    await expectSameAsWholePacking(awkwardReport());
  });

  it('没有正文段落的汇报稿', async () => {
    await expectSameAsWholePacking({ ...awkwardReport(), blocks: [] });
  });
});

describe('xml-text 与 xml 包的写法一致', () => {
  const cases: [string, XmlObject, string][] = [
    ['空对象自闭合', { 'w:b': {} }, '<w:b/>'],
    ['只有属性自闭合', { 'w:sz': { _attr: { 'w:val': 32 } } }, '<w:sz w:val="32"/>'],
    ['数组里只有属性时成对写出', { 'w:tab': [{ _attr: { 'w:val': 'left' } }] }, '<w:tab w:val="left"></w:tab>'],
    ['文字转义', { 'w:t': [{ _attr: { 'xml:space': 'preserve' } }, 'a<b>&"c"\'d\''] }, '<w:t xml:space="preserve">a&lt;b&gt;&amp;&quot;c&quot;&apos;d&apos;</w:t>'],
    ['空字符串成对写出', { 'w:t': '' }, '<w:t></w:t>'],
    ['空数组成对写出', { 'w:p': [] }, '<w:p></w:p>'],
    ['null 自闭合', { 'w:p': null }, '<w:p/>'],
  ];
  it.each(cases)('%s', (_name, object, text) => {
    const out: string[] = [];
    writeXmlObject(object, out);
    expect(out.join('')).toBe(text);
  });
});
