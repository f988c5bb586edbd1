import { t } from '../i18n';
import { pendingForWantOfTarget, type Indicator, type IndicatorResult, type TextField } from '../model';

/** Words quoted as evidence are cut here: the cell stays readable and the source cell holds the rest. */
const QUOTE_LENGTH = 60;

function quote(field: TextField | null): string {
  const words = String(field?.value ?? '')
    .replace(/\s+/g, ' ')
    .trim();
  return words.length > QUOTE_LENGTH ? `${words.slice(0, QUOTE_LENGTH)}…` : words;
}

/** The words the judgement read: the 完成值 column's own when it has words, else the 完成情况说明. */
function wordsRead(indicator: Indicator): TextField | null {
  return quote(indicator.actualText) !== '' ? indicator.actualText : indicator.progressText;
}

/**
 * 判断依据 for one row of 指标测算: the words or figures that decided the engine's status, as compute kept them
 * from the judgement (so the judge runs once per row). The judgement leaves it empty only when nothing decided it;
 * then the cell says whether anything at all was written. A 待核实 row has none, its cells being in doubt.
 */
export function judgementEvidence(indicator: Indicator, result: IndicatorResult): string {
  const engineStatus = result.judgedStatus ?? result.status;
  // No target to hold the figures to is not data in doubt: 指标测算 says which it is, as the draft does.
  if (engineStatus === 'pending') return t(pendingForWantOfTarget({ ...result, status: engineStatus }) ? 'sheet.measures.evidence.noTarget' : 'sheet.measures.evidence.pending');
  const stated = result.evidence?.trim() ?? '';
  if (stated !== '') return stated;
  const words = quote(wordsRead(indicator));
  // Nothing reported, but a 备注 (待省统一部署后启动实施): the one thing the staff wrote about the row, quoted beside it.
  const remark = quote(indicator.remark ?? null);
  if (words === '' && remark !== '') return t('sheet.measures.evidence.nothing-remark', 'zh-CN', { remark });
  if (words === '') return t('sheet.measures.evidence.nothing');
  return t(engineStatus === 'unclear' ? 'sheet.measures.evidence.unclear' : 'sheet.measures.evidence.words-only', 'zh-CN', { words });
}
