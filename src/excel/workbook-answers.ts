import { isSettingsProperty, settingsFromProperties, settingsProperties, type WorkbookSettings } from '../core/model';
import type { Capabilities } from './requirement-sets';
import type { Batch } from './sync-batch';

/**
 * The user's answers in the workbook's custom document properties (Office.js workbook.properties.custom,
 * ExcelApi 1.7): the same properties the CLI and the 网页版 write into docProps/custom.xml (see
 * core/model/settings-property.ts), so an answer given in any of the three is seen by the other two.
 * The add-in's own document settings stay its first store; these are read beneath them. Where this Excel
 * or the loaded office.js lacks the API, nothing is read or written (the document settings still hold them).
 */

/** Queues the read into the caller's next round trip (the read adds none); the answers are there after it. */
export function queueAnswersRead(batch: Batch, capabilities: Capabilities): () => WorkbookSettings | undefined {
  if (!capabilities.has('custom-properties')) return () => undefined;
  const custom = batch.context.workbook.properties.custom;
  custom.load('items/key,items/value');
  return () => settingsFromProperties(new Map(custom.items.map((item) => [item.key, String(item.value ?? '')])));
}

/** Replaces our pieces (every "huibao.settings…" property) with these answers' pieces, in two round trips. */
export async function writeWorkbookAnswers(batch: Batch, capabilities: Capabilities, settings: WorkbookSettings): Promise<void> {
  if (!capabilities.has('custom-properties')) return;
  const custom = batch.context.workbook.properties.custom;
  custom.load('items/key');
  await batch.sync();
  for (const item of custom.items) if (isSettingsProperty(item.key)) item.delete();
  for (const { name, value } of settingsProperties(settings)) custom.add(name, value);
  await batch.sync();
}
