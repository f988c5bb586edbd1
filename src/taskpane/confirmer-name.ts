/**
 * The name the task pane writes into 确认人, asked of the person once and remembered on this machine.
 *
 * Why ask: Excel tells an add-in nobody's name (src/excel/excel-host.ts, confirm), and a guess (the Windows
 * account, whoever saved the file last) would put someone else's name to a leader's decision.
 *
 * Why localStorage and not the document's settings: the name belongs to the person at this machine, not to the
 * workbook. The same workbook goes from the 科员 who fills it to the 科长 and 局长 who confirm; a name kept in
 * the file would sign the next person's confirmations with the last one's. localStorage stays in this
 * machine's browser profile, under the add-in's own origin, never in the file and never on the network. The
 * shipped office.js has no Office.context.partitionKey (Microsoft's advice for partitioned storage), so the
 * key is plain. Where storage is blocked, the name lives as long as the pane and is asked again next time.
 */
export const CONFIRMER_KEY = 'huibao.confirmer';

/** The slice of Web Storage the pane uses (window.localStorage, or a stand-in in tests). */
export interface NameStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** The name remembered on this machine, or '' (nobody gave one, or storage is blocked). */
export function rememberedConfirmer(storage: NameStorage | null): string {
  try {
    return (storage?.getItem(CONFIRMER_KEY) ?? '').trim();
  } catch {
    return '';
  }
}

/** Remembers the name (an empty one forgets); false when this machine's storage refused it. */
export function rememberConfirmer(storage: NameStorage | null, name: string): boolean {
  if (!storage) return false;
  const clean = name.trim();
  try {
    if (clean === '') storage.removeItem(CONFIRMER_KEY);
    else storage.setItem(CONFIRMER_KEY, clean);
    return true;
  } catch {
    return false;
  }
}

/** The page's localStorage where the browser lets the add-in use it (some settings block it: then null). */
export function pageStorage(): NameStorage | null {
  try {
    const storage = typeof window === 'undefined' ? undefined : window.localStorage;
    if (!storage) return null;
    const probe = `${CONFIRMER_KEY}.probe`;
    storage.setItem(probe, '1');
    storage.removeItem(probe);
    return storage;
  } catch {
    return null;
  }
}
