"""A department table with a bar chart, written by openpyxl (run with /usr/bin/python3, which has it).

exceljs refused such files ("Cannot read properties of undefined (reading 'anchors')"); the streaming
reader must read them. Called by scripts/make-reader-fixtures.ts:  python3 make-openpyxl-chart.py OUT.xlsx
"""
import sys

from openpyxl import Workbook
from openpyxl.chart import BarChart, Reference
from openpyxl.styles import Font

workbook = Workbook()
sheet = workbook.active
sheet.title = "目标分解表"
sheet.append(["灌南县发展和改革委员会2009年度绩效目标任务分解表"])
sheet.merge_cells("A1:E1")
sheet["A1"].font = Font(bold=True)
sheet.append(["序号", "指标名称", "单位", "全年目标", "1—6月完成"])
rows = [
    (1, "全社会固定资产投资", "亿元", 80, 39.9),
    (2, "新增市级农业龙头企业", "家", 2, 1),
    (3, "争取无偿资金", "万元", 3000, 1746),
]
for row in rows:
    sheet.append(row)
sheet["F3"] = "=E3/D3"
sheet["F3"].number_format = "0.00%"
chart = BarChart()
chart.title = "完成情况"
chart.add_data(Reference(sheet, min_col=5, min_row=2, max_row=5), titles_from_data=True)
chart.set_categories(Reference(sheet, min_col=2, min_row=3, max_row=5))
sheet.add_chart(chart, "H2")
workbook.properties.created = __import__("datetime").datetime(2009, 7, 1, 8, 0, 0)
workbook.save(sys.argv[1])
