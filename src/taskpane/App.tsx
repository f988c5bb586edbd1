import { Button, Caption1, Spinner, Title3 } from '@fluentui/react-components';
import { useState, useSyncExternalStore } from 'react';
import { t } from '../core/i18n';
import type { CellRef, Status, WorkbookSettings } from '../core/model';
import { technicalDetail } from '../excel/office-errors';
import { confirmationItems, confirmationWrite } from '../core/layout/confirmed-statuses';
import { confirmationTimeText } from '../core/layout/confirmers';
import { AboutPanel } from './AboutPanel';
import { aboutLines, engineLine } from './about-lines';
import { confirmRows, type ConfirmRow } from './confirm-view';
import { rememberConfirmer, rememberedConfirmer } from './confirmer-name';
import { ConfirmList } from './ConfirmList';
import { deliveryNote, type DraftNote } from './delivery-message';
import { copyDraft } from './draft-clipboard';
import { deliverDocx, deliveryContextOf } from './docx-delivery';
import { IssueList } from './IssueList';
import { groupIssues } from './issue-groups';
import type { AddinRuntime } from './office-runtime';
import { usePaneStyles } from './pane-styles';
import { ProgressList } from './ProgressList';
import { RecognitionPanel } from './RecognitionPanel';
import { ResultMessage } from './ResultMessage';
import { ResultPanel } from './ResultPanel';
import { readSkips, resultSummary } from './result-summary';
import { statusCounts } from './status-counts';

/** The task pane: one primary button, the run's progress, then what was found and made. */
export function App({ runtime }: { runtime: AddinRuntime }) {
  const { store, runner, host, locale } = runtime;
  const state = useSyncExternalStore(store.subscribe, store.getState);
  const styles = usePaneStyles();
  const [note, setNote] = useState<DraftNote | null>(null);
  const [confirmer, setConfirmer] = useState(() => rememberedConfirmer(runtime.names));
  const [confirmerKept, setConfirmerKept] = useState(runtime.names !== null);
  const running = state.phase === 'running';
  const result = state.result;
  const outcome = result && result.kind !== 'failed' ? result.outcome : null;
  const snapshot = result && result.kind !== 'failed' ? result.snapshot : null;
  const report = outcome?.report ?? null;

  const act = (work: () => Promise<unknown>) => {
    work().catch((error: unknown) => setNote({ text: t('ui.error.detail', locale, { detail: technicalDetail(error) }) }));
  };
  const changeSettings = (settings: WorkbookSettings) => act(() => runner.changeSettings(settings));
  const selectCell = (cell: CellRef) => act(() => host.selectCell(cell));
  // One choice, one write: 确认状态, 确认人 (the name given, or empty: never a guess) and 确认时间 in one round
  // trip; the pane remembers it until the next run reads it back.
  const confirm = (row: ConfirmRow, status: Status) =>
    act(async () => {
      const by = confirmer.trim();
      const at = confirmationTimeText(new Date());
      await host.confirm(confirmationWrite(row, status, by, at));
      store.dispatch({ type: 'status-confirmed', row: row.indicatorRow, confirmation: { status, by, at } });
    });
  const changeConfirmer = (name: string) => {
    setConfirmer(name);
    setConfirmerKept(rememberConfirmer(runtime.names, name));
  };
  const table = outcome?.recognition.table ?? null;
  const toConfirm =
    result?.kind === 'written' && table && result.outcome.results ? confirmRows(confirmationItems(table, result.outcome.results, result.outcome.plan), state.confirmed, locale) : [];
  const download = () =>
    act(async () => {
      if (!report || !snapshot) return;
      setNote(null);
      try {
        setNote(deliveryNote(await deliverDocx(report, snapshot.name, deliveryContextOf(runtime)), locale));
      } catch {
        setNote({ text: t('ui.docx.failed', locale) });
      }
    });
  const copy = () => act(async () => report && setNote({ text: t((await copyDraft(report)) ? 'ui.docx.copied' : 'ui.docx.copy-failed', locale) }));
  const diagnostics = runtime.office.context.diagnostics;

  return (
    <main className={styles.pane} lang={locale} aria-labelledby="pane-title">
      <header className={styles.header}>
        <Title3 as="h1" id="pane-title">
          {t('ui.title', locale)}
        </Title3>
        <Caption1 className={styles.muted}>{t('ui.subtitle', locale)}</Caption1>
      </header>
      <Button
        appearance="primary"
        size="large"
        className={styles.wide}
        disabled={running}
        icon={running ? <Spinner size="tiny" /> : undefined}
        onClick={() => act(() => runner.run())}
        data-testid="generate"
      >
        {running ? t('ui.generating', locale) : t('ui.generate', locale)}
      </Button>
      <div aria-live="polite" className={styles.section}>
        <ProgressList state={state} locale={locale} />
        {(running || result) && (
          <Caption1 className={styles.muted} data-testid="engine-thread" data-thread={runtime.engine.thread.kind}>
            {engineLine(runtime.engine.thread, locale)}
          </Caption1>
        )}
        {state.notice && (
          <Caption1 role="status" data-testid="runtime-notice">
            {state.notice}
          </Caption1>
        )}
        {result && state.totalMs !== null && <ResultMessage summary={resultSummary(result, state.totalMs, readSkips(host.capabilities.skipped), locale)} />}
      </div>
      {result?.kind === 'written' && (
        <ResultPanel
          counts={result.outcome.results ? statusCounts(result.outcome.results, locale) : []}
          sheets={result.applied.written}
          locale={locale}
          draftReady={report !== null}
          draftNote={note}
          onOpenSheet={(sheet) => act(() => host.activateSheet(sheet))}
          onDownload={download}
          onCopy={copy}
        />
      )}
      <ConfirmList
        rows={toConfirm}
        locale={locale}
        disabled={running}
        onConfirm={confirm}
        confirmer={confirmer}
        confirmerKept={confirmerKept}
        onConfirmerChange={changeConfirmer}
      />
      {outcome && <IssueList groups={groupIssues(outcome.issues, locale)} locale={locale} onSelect={selectCell} />}
      {outcome && snapshot && (
        <RecognitionPanel recognition={outcome.recognition} snapshot={snapshot} settings={state.settings} locale={locale} disabled={running} onChange={changeSettings} />
      )}
      {note && result?.kind !== 'written' && <Caption1 role="status">{note.text}</Caption1>}
      <AboutPanel lines={aboutLines(runtime.officeJs, { platform: diagnostics?.platform ?? runtime.platform, version: diagnostics?.version ?? '' }, runtime.engine.thread, locale)} locale={locale} />
    </main>
  );
}
