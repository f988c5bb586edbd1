#!/usr/bin/python3
"""Writes the fidelity fixtures: one department workbook as four different tools write it.

    /usr/bin/python3 scripts/make-fidelity-fixtures.py      (needs openpyxl + Pillow, and soffice)
    npx tsx scripts/make-fidelity-exceljs.ts                (the exceljs one, from department.json)

Each workbook holds the same 目标分解表 (department.json) with a chart, an image, comments, data
validation and defined names, plus a 台账 sheet. The files are committed so tests need no Python.
  openpyxl.xlsx      written by openpyxl
  libreoffice.xlsx   openpyxl.xlsx opened and saved again by LibreOffice (soffice --convert-to xlsx)
  excel-style.xlsx   a package written part by part the way Excel 2016 writes one: shared strings,
                     calcChain, theme, chart + image in one drawing, legacy (VML) notes and a threaded
                     comment with its person list, data validation, defined names, a custom XML part
"""
import io
import json
import os
import shutil
import struct
import subprocess
import sys
import tempfile
import zipfile
import zlib

from openpyxl import Workbook
from openpyxl.chart import BarChart, Reference
from openpyxl.comments import Comment
from openpyxl.drawing.image import Image
from openpyxl.workbook.defined_name import DefinedName
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.writer.theme import theme_xml

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'test', 'fixtures', 'fidelity')
SHEET = '目标分解表'
LEDGER = '台账'

HEADER = ['序号', '指标名称', '单位', '全年目标', '1—6月完成', '上年同期', '责任科室', '责任人', '分值', '完成情况说明']
GRID = [
    ['灌南县发展和改革委员会2009年目标任务分解表'],
    ['填报单位：灌南县发展和改革委员会', None, None, None, None, None, None, None, None, '报告日期：2009年7月1日'],
    HEADER,
    ['一、勤政目标'],
    ['1', '全社会固定资产投资', '亿元', 90, 39.9, 30.4, '投资科', '王明', 10, '1—5月份完成39.9亿元，增幅31.08%'],
    ['2', '督查项目', '个', 200, 119, 96, '重点办', '李强', 8, '实行月度督查季度通报制度'],
    ['3', '新建过千万元投资项目档案', '份', 150, 83, 70, '投资科', '王明', 6, '项目更新率达45%'],
    ['4', '向上争取无偿资金', '万元', 3000, 1746, 1320, '综合科', '赵静', 8, '争取中央扩大内需资金'],
    ['二、优政目标'],
    ['5', '招商引资到位资金', '亿元', 12, 5.2, 4.1, '综合科', '赵静', 6, '引进项目12个'],
    ['6', '信息调研文章', '篇', 40, 26, 22, '办公室', '陈红', 4, '上报信息26篇'],
    ['三、廉政目标'],
    ['7', '违纪违法案件', '起', 0, 0, 0, '办公室', '陈红', 5, '无违纪违法案件'],
]
FIRST_DATA_ROW = 5
LAST_DATA_ROW = len(GRID)
LEDGER_GRID = [['日期', '项目', '金额（万元）']] + [[f'2009-0{1 + i % 6}-15', f'台账项目{i + 1}', 100 + i * 7] for i in range(30)]


def png(width, height):
    """A small two-colour PNG, written by hand so nothing but zlib is needed."""
    rows = b''.join(b'\x00' + b''.join((b'\x2f\x55\x97' if (x // 8 + y // 8) % 2 else b'\xc0\x00\x00') for x in range(width)) for y in range(height))
    chunk = lambda kind, data: struct.pack('>I', len(data)) + kind + data + struct.pack('>I', zlib.crc32(kind + data) & 0xFFFFFFFF)
    return b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', width, height, 8, 2, 0, 0, 0)) + chunk(b'IDAT', zlib.compress(rows)) + chunk(b'IEND', b'')


LOGO = png(96, 48)


def openpyxl_workbook(path):
    wb = Workbook()
    ws = wb.active
    ws.title = SHEET
    for line in GRID:
        ws.append(line)
    ws.merge_cells('A1:J1')
    ws.column_dimensions['B'].width = 26
    ws.column_dimensions['J'].width = 34
    chart = BarChart()
    chart.type = 'col'
    chart.title = '全年目标与1—6月完成'
    data = Reference(ws, min_col=4, max_col=5, min_row=3, max_row=8)
    chart.add_data(data, titles_from_data=True)
    chart.set_categories(Reference(ws, min_col=2, min_row=5, max_row=8))
    chart.width, chart.height = 14, 8
    ws.add_chart(chart, 'L3')
    logo = Image(io.BytesIO(LOGO))
    ws.add_image(logo, 'L20')
    ws['B5'].comment = Comment('数据来自县统计局月报', '王明')
    ws['E7'].comment = Comment('含跨年项目', '李强')
    dv = DataValidation(type='list', formula1='"投资科,重点办,综合科,办公室"', allow_blank=True)
    ws.add_data_validation(dv)
    dv.add(f'G{FIRST_DATA_ROW}:G{LAST_DATA_ROW}')
    wb.defined_names.append(DefinedName('完成值', attr_text=f"'{SHEET}'!$E${FIRST_DATA_ROW}:$E${LAST_DATA_ROW}"))
    wb.defined_names.append(DefinedName('全年目标', attr_text=f"'{SHEET}'!$D${FIRST_DATA_ROW}:$D${LAST_DATA_ROW}"))
    ws.print_title_rows = '3:3'
    ledger = wb.create_sheet(LEDGER)
    for line in LEDGER_GRID:
        ledger.append(line)
    wb.save(path)


def libreoffice_workbook(source, path):
    with tempfile.TemporaryDirectory() as work:
        profile = os.path.join(work, 'profile')
        copy = os.path.join(work, 'libreoffice.xlsx')
        shutil.copy(source, os.path.join(work, 'in.xlsx'))
        subprocess.run(['soffice', f'-env:UserInstallation=file://{profile}', '--headless', '--convert-to', 'xlsx:Calc MS Excel 2007 XML', '--outdir', os.path.join(work, 'out'), os.path.join(work, 'in.xlsx')], check=True, capture_output=True)
        shutil.move(os.path.join(work, 'out', 'in.xlsx'), copy)
        shutil.copy(copy, path)


def esc(text):
    return str(text).replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;').replace('"', '&quot;')


def col(n):
    letters = ''
    while n:
        n, rem = divmod(n - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main'
R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'
PR = 'http://schemas.openxmlformats.org/package/2006/relationships'


def excel_style_workbook(path):
    strings = []

    def sst(text):
        if text not in strings:
            strings.append(text)
        return strings.index(text)

    def sheet_rows(grid, formula_row=None):
        rows = []
        for r, line in enumerate(grid, start=1):
            cells = []
            for c, value in enumerate(line, start=1):
                ref = f'{col(c)}{r}'
                if value is None:
                    continue
                style = ' s="1"' if r == 3 else (' s="2"' if c in (4, 5, 6) and isinstance(value, (int, float)) else '')
                if isinstance(value, (int, float)):
                    cells.append(f'<c r="{ref}"{style}><v>{value}</v></c>')
                else:
                    cells.append(f'<c r="{ref}"{style} t="s"><v>{sst(value)}</v></c>')
            if formula_row and r == formula_row[0]:
                cells.append(formula_row[1])
            rows.append(f'<row r="{r}" spans="1:12" x14ac:dyDescent="0.25">{"".join(cells)}</row>')
        return ''.join(rows)

    total_row = LAST_DATA_ROW + 1
    total_actual = sum(line[4] for line in GRID if len(line) > 4 and isinstance(line[4], (int, float)))
    grid = GRID + [[None, '合计']]
    formula = f'<c r="E{total_row}" s="2"><f>SUM(E{FIRST_DATA_ROW}:E{LAST_DATA_ROW})</f><v>{total_actual}</v></c>'
    sheet1 = (
        XML + f'<worksheet xmlns="{MAIN}" xmlns:r="{R}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x14ac xr xr2 xr3" '
        'xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac" xmlns:xr="http://schemas.microsoft.com/office/spreadsheetml/2014/revision" '
        'xmlns:xr2="http://schemas.microsoft.com/office/spreadsheetml/2015/revision2" xmlns:xr3="http://schemas.microsoft.com/office/spreadsheetml/2016/revision3" '
        'xr:uid="{6B2D8C44-5E10-4B8E-9C1A-1A2B3C4D5E6F}">'
        f'<dimension ref="A1:J{total_row}"/><sheetViews><sheetView tabSelected="1" workbookViewId="0"><selection activeCell="B5" sqref="B5"/></sheetView></sheetViews>'
        '<sheetFormatPr defaultRowHeight="15" x14ac:dyDescent="0.25"/><cols><col min="2" max="2" width="26.7109375" customWidth="1"/><col min="10" max="10" width="34.7109375" customWidth="1"/></cols>'
        f'<sheetData>{sheet_rows(grid, (total_row, formula))}</sheetData><mergeCells count="1"><mergeCell ref="A1:J1"/></mergeCells>'
        f'<dataValidations count="1"><dataValidation type="list" allowBlank="1" showInputMessage="1" showErrorMessage="1" sqref="G{FIRST_DATA_ROW}:G{LAST_DATA_ROW}"><formula1>"投资科,重点办,综合科,办公室"</formula1></dataValidation></dataValidations>'
        '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/><pageSetup paperSize="9" orientation="landscape" r:id="rId1"/>'
        '<drawing r:id="rId2"/><legacyDrawing r:id="rId3"/></worksheet>'
    )
    sheet2 = (
        XML + f'<worksheet xmlns="{MAIN}" xmlns:r="{R}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x14ac" xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac">'
        f'<dimension ref="A1:C{len(LEDGER_GRID)}"/><sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="15" x14ac:dyDescent="0.25"/>'
        f'<sheetData>{sheet_rows(LEDGER_GRID)}</sheetData><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>'
    )
    shared = XML + f'<sst xmlns="{MAIN}" count="{len(strings)}" uniqueCount="{len(strings)}">' + ''.join(f'<si><t>{esc(s)}</t></si>' for s in strings) + '</sst>'
    styles = (
        XML + f'<styleSheet xmlns="{MAIN}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x14ac x16r2" '
        'xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac" xmlns:x16r2="http://schemas.microsoft.com/office/spreadsheetml/2015/02/main">'
        '<numFmts count="1"><numFmt numFmtId="176" formatCode="#,##0.0_ "/></numFmts>'
        '<fonts count="2" x14ac:knownFonts="1"><font><sz val="11"/><color theme="1"/><name val="等线"/><family val="2"/><charset val="134"/><scheme val="minor"/></font>'
        '<font><b/><sz val="11"/><color theme="1"/><name val="等线"/><family val="3"/><charset val="134"/><scheme val="minor"/></font></fonts>'
        '<fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill><fill><patternFill patternType="solid"><fgColor rgb="FFDDEBF7"/><bgColor indexed="64"/></patternFill></fill></fills>'
        '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
        '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"><alignment vertical="center"/></xf></cellStyleXfs>'
        '<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"><alignment vertical="center"/></xf>'
        '<xf numFmtId="0" fontId="1" fillId="2" borderId="0" xfId="0" applyFont="1" applyFill="1"><alignment vertical="center"/></xf>'
        '<xf numFmtId="176" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"><alignment vertical="center"/></xf></cellXfs>'
        '<cellStyles count="1"><cellStyle name="常规" xfId="0" builtinId="0"/></cellStyles><dxfs count="0"/><tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/>'
        '</styleSheet>'
    )
    workbook = (
        XML + f'<workbook xmlns="{MAIN}" xmlns:r="{R}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x15 xr xr6 xr10 xr2" '
        'xmlns:x15="http://schemas.microsoft.com/office/spreadsheetml/2010/11/main" xmlns:xr="http://schemas.microsoft.com/office/spreadsheetml/2014/revision" '
        'xmlns:xr6="http://schemas.microsoft.com/office/spreadsheetml/2016/revision6" xmlns:xr10="http://schemas.microsoft.com/office/spreadsheetml/2016/revision10" '
        'xmlns:xr2="http://schemas.microsoft.com/office/spreadsheetml/2015/revision2">'
        '<fileVersion appName="xl" lastEdited="7" lowestEdited="7" rupBuild="22228"/><workbookPr defaultThemeVersion="166925"/>'
        '<bookViews><workbookView xWindow="-120" yWindow="-120" windowWidth="29040" windowHeight="15840" xr2:uid="{00000000-000D-0000-FFFF-FFFF00000000}"/></bookViews>'
        f'<sheets><sheet name="{SHEET}" sheetId="1" r:id="rId1"/><sheet name="{LEDGER}" sheetId="2" r:id="rId2"/></sheets>'
        f'<definedNames><definedName name="_xlnm.Print_Titles" localSheetId="0">{SHEET}!$3:$3</definedName>'
        f'<definedName name="全年目标">{SHEET}!$D${FIRST_DATA_ROW}:$D${LAST_DATA_ROW}</definedName><definedName name="完成值">{SHEET}!$E${FIRST_DATA_ROW}:$E${LAST_DATA_ROW}</definedName></definedNames>'
        '<calcPr calcId="191029"/></workbook>'
    )
    chart = (
        XML + '<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
        '<c:date1904 val="0"/><c:lang val="zh-CN"/><c:roundedCorners val="0"/><c:chart><c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:r><a:rPr lang="zh-CN"/><a:t>全年目标与1—6月完成</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>'
        '<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/><c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/>'
        + ''.join(
            f'<c:ser><c:idx val="{i}"/><c:order val="{i}"/><c:tx><c:strRef><c:f>{SHEET}!${letter}$3</c:f><c:strCache><c:ptCount val="1"/><c:pt idx="0"><c:v>{HEADER[ord(letter) - 65]}</c:v></c:pt></c:strCache></c:strRef></c:tx>'
            f'<c:spPr><a:solidFill><a:srgbClr val="{colour}"/></a:solidFill></c:spPr><c:invertIfNegative val="0"/>'
            f'<c:cat><c:strRef><c:f>{SHEET}!$B$5:$B$8</c:f><c:strCache><c:ptCount val="4"/>' + ''.join(f'<c:pt idx="{k}"><c:v>{GRID[4 + k][1]}</c:v></c:pt>' for k in range(4)) + '</c:strCache></c:strRef></c:cat>'
            f'<c:val><c:numRef><c:f>{SHEET}!${letter}$5:${letter}$8</c:f><c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="4"/>' + ''.join(f'<c:pt idx="{k}"><c:v>{GRID[4 + k][ord(letter) - 65]}</c:v></c:pt>' for k in range(4)) + '</c:numCache></c:numRef></c:val></c:ser>'
            for i, (letter, colour) in enumerate([('D', '4472C4'), ('E', 'ED7D31')])
        )
        + '<c:gapWidth val="219"/><c:overlap val="-27"/><c:axId val="123456001"/><c:axId val="123456002"/></c:barChart>'
        '<c:catAx><c:axId val="123456001"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:numFmt formatCode="General" sourceLinked="1"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:crossAx val="123456002"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>'
        '<c:valAx><c:axId val="123456002"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:majorGridlines/><c:numFmt formatCode="General" sourceLinked="1"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:crossAx val="123456001"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx>'
        '</c:plotArea><c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart></c:chartSpace>'
    )
    anchor = lambda c1, r1, c2, r2: f'<xdr:from><xdr:col>{c1}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>{r1}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>{c2}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>{r2}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>'
    drawing = (
        XML + '<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">'
        f'<xdr:twoCellAnchor>{anchor(11, 2, 19, 18)}<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="图表 1"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>'
        '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">'
        '<c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="rId1"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>'
        f'<xdr:twoCellAnchor editAs="oneCell">{anchor(11, 19, 13, 22)}<xdr:pic><xdr:nvPicPr><xdr:cNvPr id="3" name="图片 2"/><xdr:cNvPicPr><a:picLocks noChangeAspect="1"/></xdr:cNvPicPr></xdr:nvPicPr>'
        '<xdr:blipFill><a:blip xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:embed="rId2"/><a:stretch><a:fillRect/></a:stretch></xdr:blipFill>'
        '<xdr:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="914400" cy="457200"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></xdr:spPr></xdr:pic><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>'
    )
    notes = [('B5', 4, 1, '王明:\n数据来自县统计局月报'), ('E7', 6, 4, '李强:\n含跨年项目')]
    comments = (
        XML + f'<comments xmlns="{MAIN}"><authors><author>王明</author><author>tc={{2F3A4B5C-0000-4000-8000-000000000001}}</author></authors><commentList>'
        + ''.join(f'<comment ref="{ref}" authorId="0"><text><r><rPr><b/><sz val="9"/><rFont val="宋体"/><charset val="134"/></rPr><t xml:space="preserve">{esc(text)}</t></r></text></comment>' for ref, _, _, text in notes)
        + '</commentList></comments>'
    )
    vml = (
        '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">'
        '<o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="1"/></o:shapelayout><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
        + ''.join(
            f'<v:shape id="_x0000_s{1025 + i}" type="#_x0000_t202" style="position:absolute;margin-left:100pt;margin-top:10pt;width:108pt;height:59.25pt;z-index:{i + 1};visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto">'
            '<v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/><v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox>'
            f'<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>{c + 1}, 15, {r}, 2, {c + 3}, 15, {r + 4}, 2</x:Anchor><x:AutoFill>False</x:AutoFill><x:Row>{r}</x:Row><x:Column>{c}</x:Column></x:ClientData></v:shape>'
            for i, (_, r, c, _) in enumerate(notes)
        )
        + '</xml>'
    )
    threaded = (
        XML + '<ThreadedComments xmlns="http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments" xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        '<threadedComment ref="E7" dT="2009-07-01T09:30:00.00" personId="{8E3F1A2B-0000-4000-8000-0000000000AA}" id="{2F3A4B5C-0000-4000-8000-000000000001}"><text>含跨年项目</text></threadedComment></ThreadedComments>'
    )
    persons = (
        XML + '<personList xmlns="http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments" xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        '<person displayName="李强" id="{8E3F1A2B-0000-4000-8000-0000000000AA}" userId="李强" providerId="None"/></personList>'
    )
    calc_chain = XML + f'<calcChain xmlns="{MAIN}"><c r="E{total_row}" i="1" l="1"/></calcChain>'
    custom_item = XML + '<b:Sources xmlns:b="http://schemas.openxmlformats.org/officeDocument/2006/bibliography" SelectedStyle="\\APA.XSL" StyleName="APA" Version="6"/>'
    custom_props = (
        XML + '<ds:datastoreItem ds:itemID="{5B1F3C2A-0000-4000-8000-000000000002}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml">'
        '<ds:schemaRefs><ds:schemaRef ds:uri="http://schemas.openxmlformats.org/officeDocument/2006/bibliography"/></ds:schemaRefs></ds:datastoreItem>'
    )
    rels = lambda items: XML + f'<Relationships xmlns="{PR}">' + ''.join(f'<Relationship Id="{i}" Type="{t}" Target="{g}"/>' for i, t, g in items) + '</Relationships>'
    T = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
    ct = lambda name: f'application/vnd.openxmlformats-officedocument.{name}'
    content_types = (
        XML + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="bin" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.printerSettings"/><Default Extension="png" ContentType="image/png"/>'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="vml" ContentType="application/vnd.openxmlformats-officedocument.vmlDrawing"/><Default Extension="xml" ContentType="application/xml"/>'
        + ''.join(
            f'<Override PartName="{p}" ContentType="{t}"/>'
            for p, t in [
                ('/xl/workbook.xml', ct('spreadsheetml.sheet.main+xml')),
                ('/customXml/itemProps1.xml', ct('customXmlProperties+xml')),
                ('/xl/worksheets/sheet1.xml', ct('spreadsheetml.worksheet+xml')),
                ('/xl/worksheets/sheet2.xml', ct('spreadsheetml.worksheet+xml')),
                ('/xl/theme/theme1.xml', ct('theme+xml')),
                ('/xl/styles.xml', ct('spreadsheetml.styles+xml')),
                ('/xl/sharedStrings.xml', ct('spreadsheetml.sharedStrings+xml')),
                ('/xl/drawings/drawing1.xml', ct('drawing+xml')),
                ('/xl/charts/chart1.xml', ct('drawingml.chart+xml')),
                ('/xl/comments1.xml', ct('spreadsheetml.comments+xml')),
                ('/xl/threadedComments/threadedComment1.xml', 'application/vnd.ms-excel.threadedcomments+xml'),
                ('/xl/persons/person.xml', 'application/vnd.ms-excel.person+xml'),
                ('/xl/calcChain.xml', ct('spreadsheetml.calcChain+xml')),
                ('/docProps/core.xml', 'application/vnd.openxmlformats-package.core-properties+xml'),
                ('/docProps/app.xml', ct('extended-properties+xml')),
            ]
        )
        + '</Types>'
    )
    app = (
        XML + '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
        '<Application>Microsoft Excel</Application><DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop>'
        '<HeadingPairs><vt:vector size="4" baseType="variant"><vt:variant><vt:lpstr>工作表</vt:lpstr></vt:variant><vt:variant><vt:i4>2</vt:i4></vt:variant><vt:variant><vt:lpstr>命名范围</vt:lpstr></vt:variant><vt:variant><vt:i4>3</vt:i4></vt:variant></vt:vector></HeadingPairs>'
        f'<TitlesOfParts><vt:vector size="5" baseType="lpstr"><vt:lpstr>{SHEET}</vt:lpstr><vt:lpstr>{LEDGER}</vt:lpstr><vt:lpstr>{SHEET}!Print_Titles</vt:lpstr><vt:lpstr>全年目标</vt:lpstr><vt:lpstr>完成值</vt:lpstr></vt:vector></TitlesOfParts>'
        '<LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged><AppVersion>16.0300</AppVersion></Properties>'
    )
    core = (
        XML + '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        '<dc:creator>王明</dc:creator><cp:lastModifiedBy>李强</cp:lastModifiedBy><dcterms:created xsi:type="dcterms:W3CDTF">2009-01-05T02:00:00Z</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">2009-07-01T09:30:00Z</dcterms:modified></cp:coreProperties>'
    )
    printer = b'\x00' * 64 + 'HP LaserJet'.encode('utf-16-le')
    parts = [
        ('[Content_Types].xml', content_types),
        ('_rels/.rels', rels([('rId3', T + 'extended-properties', 'docProps/app.xml'), ('rId2', 'http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties', 'docProps/core.xml'), ('rId1', T + 'officeDocument', 'xl/workbook.xml')])),
        ('docProps/app.xml', app),
        ('docProps/core.xml', core),
        ('xl/workbook.xml', workbook),
        ('xl/_rels/workbook.xml.rels', rels([
            ('rId8', T + 'calcChain', 'calcChain.xml'), ('rId3', T + 'theme', 'theme/theme1.xml'), ('rId7', T + 'customXml', '../customXml/item1.xml'),
            ('rId2', T + 'worksheet', 'worksheets/sheet2.xml'), ('rId1', T + 'worksheet', 'worksheets/sheet1.xml'), ('rId6', 'http://schemas.microsoft.com/office/2017/10/relationships/person', 'persons/person.xml'),
            ('rId5', T + 'sharedStrings', 'sharedStrings.xml'), ('rId4', T + 'styles', 'styles.xml')])),
        ('xl/theme/theme1.xml', theme_xml),
        ('xl/styles.xml', styles),
        ('xl/sharedStrings.xml', shared),
        ('xl/worksheets/sheet1.xml', sheet1),
        ('xl/worksheets/sheet2.xml', sheet2),
        ('xl/worksheets/_rels/sheet1.xml.rels', rels([
            ('rId1', T + 'printerSettings', '../printerSettings/printerSettings1.bin'), ('rId2', T + 'drawing', '../drawings/drawing1.xml'), ('rId3', T + 'vmlDrawing', '../drawings/vmlDrawing1.vml'),
            ('rId4', T + 'comments', '../comments1.xml'), ('rId5', 'http://schemas.microsoft.com/office/2017/10/relationships/threadedComment', '../threadedComments/threadedComment1.xml')])),
        ('xl/printerSettings/printerSettings1.bin', printer),
        ('xl/drawings/drawing1.xml', drawing),
        ('xl/drawings/_rels/drawing1.xml.rels', rels([('rId2', T + 'image', '../media/image1.png'), ('rId1', T + 'chart', '../charts/chart1.xml')])),
        ('xl/charts/chart1.xml', chart),
        ('xl/media/image1.png', LOGO),
        ('xl/comments1.xml', comments),
        ('xl/drawings/vmlDrawing1.vml', vml),
        ('xl/threadedComments/threadedComment1.xml', threaded),
        ('xl/persons/person.xml', persons),
        ('xl/calcChain.xml', calc_chain),
        ('customXml/item1.xml', custom_item),
        ('customXml/itemProps1.xml', custom_props),
        ('customXml/_rels/item1.xml.rels', rels([('rId1', T + 'customXmlProps', 'itemProps1.xml')])),
    ]
    with zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, data in parts:
            info = zipfile.ZipInfo(name, date_time=(2009, 7, 1, 9, 30, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data if isinstance(data, bytes) else data.encode('utf-8'))


def main():
    os.makedirs(OUT, exist_ok=True)
    with open(os.path.join(OUT, 'logo.png'), 'wb') as f:
        f.write(LOGO)
    with open(os.path.join(OUT, 'department.json'), 'w', encoding='utf-8') as f:
        json.dump({'sheet': SHEET, 'grid': GRID, 'ledger': LEDGER, 'ledgerGrid': LEDGER_GRID, 'chartAnchor': {'fromCol': 11, 'fromRow': 2}}, f, ensure_ascii=False, indent=1)
    openpyxl_workbook(os.path.join(OUT, 'openpyxl.xlsx'))
    libreoffice_workbook(os.path.join(OUT, 'openpyxl.xlsx'), os.path.join(OUT, 'libreoffice.xlsx'))
    excel_style_workbook(os.path.join(OUT, 'excel-style.xlsx'))
    print('wrote', ', '.join(sorted(os.listdir(OUT))))


if __name__ == '__main__':
    sys.exit(main())
