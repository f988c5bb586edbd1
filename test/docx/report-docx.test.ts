import { runsText } from '../../src/core/model';
import { CHAR_SPACE, LINE_PITCH, mmToTwips } from '../../src/docx/gbt9704-page';
import { reportDocxBuffer } from '../../src/node/docx-write';
import { narrate } from '../../src/core/narrate';
import { seedTable } from '../narrate/seed-table';
import { openDocx, type DocxPackage } from './docx-package';

function attr(xml: string, element: string, name: string): string | null {
  const tag = new RegExp(`<${element}\\b[^>]*>`).exec(xml)?.[0];
  if (!tag) return null;
  return new RegExp(`${name}="([^"]*)"`).exec(tag)?.[1] ?? null;
}

function styleXml(pkg: DocxPackage, id: string): string {
  return new RegExp(`<w:style [^>]*w:styleId="${id}"[\\s\\S]*?</w:style>`).exec(pkg.styles)?.[0] ?? '';
}

describe('汇报稿 .docx 按 GB/T 9704-2012 排版', () => {
  const builder = seedTable();
  const report = narrate(builder.table(), builder.results());
  let pkg: DocxPackage;

  beforeAll(async () => {
    pkg = await openDocx(await reportDocxBuffer(report));
  });

  it('A4纸，天头37mm、地脚35mm、左28mm、右26mm', () => {
    expect(attr(pkg.document, 'w:pgSz', 'w:w')).toBe('11906');
    expect(attr(pkg.document, 'w:pgSz', 'w:h')).toBe('16838');
    expect(Number(attr(pkg.document, 'w:pgMar', 'w:top'))).toBe(mmToTwips(37));
    expect(Number(attr(pkg.document, 'w:pgMar', 'w:bottom'))).toBe(mmToTwips(35));
    expect(Number(attr(pkg.document, 'w:pgMar', 'w:left'))).toBe(mmToTwips(28));
    expect(Number(attr(pkg.document, 'w:pgMar', 'w:right'))).toBe(mmToTwips(26));
  });

  it('每页22行、每行28字：行距约28.95磅的文档网格', () => {
    expect(attr(pkg.document, 'w:docGrid', 'w:type')).toBe('linesAndChars');
    expect(LINE_PITCH).toBe(579);
    expect(attr(pkg.document, 'w:docGrid', 'w:linePitch')).toBe('579');
    expect(CHAR_SPACE).toBe(-842);
    expect(attr(pkg.document, 'w:docGrid', 'w:charSpace')).toBe('-842');
    // 22 lines of 579 twips fill the 225mm type area; 28 characters condensed by 0.25pt fit 156mm.
    expect(22 * LINE_PITCH).toBeLessThanOrEqual(mmToTwips(225));
    expect(28 * (16 * 20 - 5)).toBeLessThanOrEqual(mmToTwips(156));
  });

  it('标题2号方正小标宋简体居中，正文3号仿宋_GB2312、首行缩进两字、固定行距', () => {
    const title = styleXml(pkg, 'GongwenTitle');
    expect(title).toContain('w:eastAsia="方正小标宋简体"');
    expect(title).toContain('<w:sz w:val="44"/>');
    expect(title).toContain('<w:jc w:val="center"/>');
    const body = styleXml(pkg, 'Normal');
    expect(body).toContain('w:eastAsia="仿宋_GB2312"');
    expect(body).toContain('<w:sz w:val="32"/>');
    expect(body).toMatch(/<w:ind w:firstLine="63\d"\/>/);
    expect(body).toContain('w:line="579" w:lineRule="exact"');
  });

  it('一、黑体，（一）楷体_GB2312，1.和（1）仿宋_GB2312，标题有大纲级别', () => {
    expect(styleXml(pkg, 'GongwenLevel1')).toContain('w:eastAsia="黑体"');
    expect(styleXml(pkg, 'GongwenLevel1')).toContain('<w:outlineLvl w:val="0"/>');
    expect(styleXml(pkg, 'GongwenLevel2')).toContain('w:eastAsia="楷体_GB2312"');
    expect(styleXml(pkg, 'GongwenLevel3')).toContain('w:eastAsia="仿宋_GB2312"');
    const heading1 = pkg.document.split('</w:p>').find((p) => p.includes('一、勤政目标完成情况')) ?? '';
    expect(heading1).toContain('<w:pStyle w:val="GongwenLevel1"/>');
    // A lead in a body paragraph (（三）机关专项工作：) takes its level's font.
    const lead = pkg.document.split('</w:p>').find((p) => p.includes('（三）机关专项工作：')) ?? '';
    expect(lead).toMatch(/w:eastAsia="楷体_GB2312"[^]*（三）机关专项工作：/);
  });

  it('页码4号宋体“— 1 —”，单页居右、双页居左，各空一字', () => {
    expect(pkg.settings).toContain('<w:evenAndOddHeaders/>');
    expect(pkg.document).toMatch(/<w:footerReference w:type="default"/);
    expect(pkg.document).toMatch(/<w:footerReference w:type="even"/);
    expect(pkg.footers).toHaveLength(2);
    for (const footer of pkg.footers) {
      expect(footer).toContain('<w:pStyle w:val="GongwenPageNumber"/>');
      expect(footer).toContain('— </w:t>');
      expect(footer).toContain('PAGE');
    }
    const odd = pkg.footers.find((f) => f.includes('<w:jc w:val="right"/>'));
    const even = pkg.footers.find((f) => f.includes('<w:jc w:val="left"/>'));
    expect(odd).toContain('w:right="280"');
    expect(even).toContain('w:left="280"');
    const pageNumber = styleXml(pkg, 'GongwenPageNumber');
    expect(pageNumber).toContain('w:eastAsia="宋体"');
    expect(pageNumber).toContain('<w:sz w:val="28"/>');
  });

  it('缺字体时有替代：仿宋_GB2312→仿宋→FangSong，方正小标宋简体→华文中宋→宋体，均为GB2312字符集', () => {
    const alt = (name: string) => new RegExp(`<w:font w:name="${name}"><w:altName w:val="([^"]+)"/>`).exec(pkg.fontTable)?.[1];
    expect(alt('仿宋_GB2312')).toBe('仿宋');
    expect(alt('仿宋')).toBe('FangSong');
    expect(alt('方正小标宋简体')).toBe('华文中宋');
    expect(alt('华文中宋')).toBe('宋体');
    expect(alt('楷体_GB2312')).toBe('楷体');
    expect(alt('黑体')).toBe('SimHei');
    expect([...pkg.fontTable.matchAll(/<w:charset w:val="86"\/>/g)].length).toBe([...pkg.fontTable.matchAll(/<w:font /g)].length);
  });

  it('段落与汇报稿一一对应：标题、署名、日期，然后每段原文', () => {
    const body = pkg.paragraphs.filter((text) => text !== '');
    expect(body.slice(0, 3)).toEqual([report.title, report.unitLine, report.dateLine]);
    const expected = report.blocks.map((block) => (block.kind === 'paragraph' && block.lead ? block.lead.text : '') + runsText(block.runs));
    expect(body.slice(3)).toEqual(expected);
  });

  it('【待补充】处黄色突出显示，提醒科室填写', () => {
    const placeholder = pkg.document.split('</w:r>').find((run) => run.includes('【待补充：下一步工作打算和措施】')) ?? '';
    expect(placeholder).toContain('<w:highlight w:val="yellow"/>');
  });
});
