/**
 * Every user-facing string, Chinese first. Keys are stable codes; `{name}` placeholders are filled from
 * an Issue's params. en-US.ts must have exactly the same keys (a test checks it).
 * Sections: status.*, step.*, issue.<code> and issue.<code>.fix, cli.*, ui.*, sheet.*
 */
export const zhCN = {
  'status.exceeded': '超额完成',
  'status.completed': '已完成',
  'status.on-track': '达到序时进度',
  'status.behind': '滞后',
  'status.no-data': '无数据',
  'status.in-progress': '推进中',
  'status.not-reported': '未填报',
  'status.pending': '待核实',

  'severity.error': '错误',
  'severity.warning': '警告',
  'severity.info': '提示',

  'step.read': '读取',
  'step.recognize': '识别',
  'step.validate': '校验',
  'step.compute': '测算',
  'step.narrate': '撰写',
  'step.write': '写入',

  'cli.usage':
    '用法：\n  huibao analyze 文件.xlsx [--sheet 工作表] [--as-of YYYY-MM-DD] [--map 字段=列,…] [--json]\n  huibao report 文件.xlsx [--out 目录] [--sheet 工作表] [--as-of YYYY-MM-DD]\n  huibao check 文件.xlsx',
  'cli.unknown-command': '未知命令“{command}”。',
  'cli.file-missing': '找不到文件“{file}”。',
  'cli.not-xlsx': '“{file}”不是可读取的 .xlsx 工作簿（{reason}）。请用 Excel 另存为 .xlsx 后重试。',
  'cli.no-table': '在“{file}”中没有找到指标表：请确认工作簿里有一张含“指标名称”“目标值”“完成值”等表头的目标任务分解表，或用 --sheet 指定工作表。',
  'cli.wrote': '已生成：\n  {xlsx}\n  {docx}',
  'cli.bad-option': '参数有误：{detail}',
  'cli.internal': '处理“{file}”时出现内部错误：{detail}。原文件未被改动。',
} as const;

export type MessageKey = keyof typeof zhCN;
