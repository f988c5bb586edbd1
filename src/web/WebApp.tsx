import { Badge, Button, Caption1, Spinner, Subtitle2, Text, Title3, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useEffect, useRef, useState, type DragEvent } from 'react';
import { t, type Locale, type MessageKey } from '../core/i18n';
import type { CellRef, Results, Status, WorkbookSettings } from '../core/model';
import { refToString } from '../core/model';
import type { Recognition } from '../core/recognize';
import { workbookNameOf } from '../node/xlsx-read/workbook-bytes';
import { reportBaseName } from '../node/xlsx-package/report-names';
import { draftHtml } from '../taskpane/draft-html';
import { IssueList } from '../taskpane/IssueList';
import { groupIssues } from '../taskpane/issue-groups';
import { usePaneStyles } from '../taskpane/pane-styles';
import { RecognitionPanel } from '../taskpane/RecognitionPanel';
import { statusCounts } from '../taskpane/status-counts';
import { recallAnswers, rememberAnswers, settingsFileText, type AnswerStore } from './remembered-answers';
import type { WebEngine } from './web-engine';
import type { WebResult } from './web-messages';

const ACCEPT = '.xlsx,.xlsm,.xls,.et';

const usePageStyles = makeStyles({
  page: { maxWidth: '820px', margin: '0 auto' },
  drop: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    gap: '8px',
    padding: '16px',
    border: `2px dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  dropping: { border: `2px dashed ${tokens.colorBrandStroke1}`, backgroundColor: tokens.colorBrandBackground2 },
  english: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  /** On a coloured button grey would vanish: the English keeps the button's colour, smaller and lighter. */
  englishOnButton: { fontSize: tokens.fontSizeBase200, fontWeight: tokens.fontWeightRegular, opacity: 0.85, marginLeft: '0.5em' },
  draft: {
    maxHeight: '420px',
    overflowY: 'auto',
    padding: '16px 24px',
    backgroundColor: tokens.colorNeutralBackground1,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    // The 公文 sizes (16pt body) are too large for a preview beside the panels.
    zoom: 0.6,
  },
});

/** Chinese first, the English beside it in smaller grey type: the page's own words. */
function Both({ k, params = {}, block = false, onButton = false }: { k: MessageKey; params?: Readonly<Record<string, string | number>>; block?: boolean; onButton?: boolean }) {
  const styles = usePageStyles();
  return (
    <>
      <span lang="zh-CN">{t(k, 'zh-CN', params)}</span>
      {block ? <br /> : ' '}
      <span lang="en" className={onButton ? styles.englishOnButton : styles.english}>
        {t(k, 'en-US', params)}
      </span>
    </>
  );
}

interface Props {
  readonly engine: WebEngine;
  readonly store: AnswerStore | null;
  readonly locale: Locale;
}

interface Chosen {
  readonly file: File;
  readonly name: string;
}

interface Downloads {
  readonly xlsx: { readonly name: string; readonly url: string };
  readonly docx: { readonly name: string; readonly url: string };
  readonly settings: { readonly name: string; readonly url: string } | null;
}

/** Rows of indicators in one status, with their names, for the lagging and unclear lists. */
function indicatorsIn(status: Status, results: Results | null, recognition: Recognition): { row: number; name: string }[] {
  if (!results) return [];
  const names = new Map((recognition.table?.indicators ?? []).map((indicator) => [indicator.row, indicator.name.value]));
  return results.indicators.filter((result) => result.status === status).map((result) => ({ row: result.row, name: names.get(result.row) ?? '' }));
}

/**
 * 网页版: the task pane's panels on a page of its own, for staff whose Excel cannot run the add-in. Choose
 * or drop a workbook, answer what the engine asks, download the report workbook and the .docx.
 */
export function WebApp({ engine, store, locale }: Props) {
  const pane = usePaneStyles();
  const styles = usePageStyles();
  const input = useRef<HTMLInputElement>(null);
  const [chosen, setChosen] = useState<Chosen | null>(null);
  const [settings, setSettings] = useState<WorkbookSettings>({});
  const [running, setRunning] = useState(false);
  const [result, setResult] = useState<WebResult | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [downloads, setDownloads] = useState<Downloads | null>(null);
  const [readyMs, setReadyMs] = useState<number | null>(null);
  const [note, setNote] = useState<string | null>(null);
  const [dropping, setDropping] = useState(false);
  const [thread, setThread] = useState(engine.thread);
  const [engineReady, setEngineReady] = useState(false);

  useEffect(() => engine.warm(() => {
    setEngineReady(true);
    setThread(engine.thread);
  }), [engine]);

  // Object URLs hold the files in memory until revoked: let the last run's go when a new one replaces them.
  useEffect(
    () => () => {
      if (!downloads) return;
      URL.revokeObjectURL(downloads.xlsx.url);
      URL.revokeObjectURL(downloads.docx.url);
      if (downloads.settings) URL.revokeObjectURL(downloads.settings.url);
    },
    [downloads],
  );

  const run = async (target: Chosen, answers: WorkbookSettings, started: number) => {
    setRunning(true);
    setFailure(null);
    setNote(null);
    setDownloads(null);
    setReadyMs(null);
    try {
      const bytes = new Uint8Array(await target.file.arrayBuffer());
      const outcome = await engine.run({ fileName: target.file.name, bytes, settings: answers, locale }, () => undefined);
      setThread(engine.thread);
      setResult(outcome);
      if (outcome.kind === 'report') {
        const { files } = outcome;
        const settingsName = `${reportBaseName(target.file.name)}.huibao.json`;
        setDownloads({
          xlsx: { name: files.xlsxName, url: URL.createObjectURL(files.xlsx) },
          docx: { name: files.docxName, url: URL.createObjectURL(files.docx) },
          settings: Object.keys(answers).length > 0 ? { name: settingsName, url: URL.createObjectURL(new Blob([settingsFileText(answers)], { type: 'application/json' })) } : null,
        });
        setReadyMs(Math.round(performance.now() - started));
      }
    } catch (error) {
      setResult(null);
      setFailure(t('web.failed', locale, { detail: error instanceof Error ? error.message : String(error) }));
    } finally {
      setRunning(false);
    }
  };

  const open = (file: File | undefined) => {
    if (!file) return;
    const started = performance.now();
    const target = { file, name: workbookNameOf(file.name) };
    const answers = recallAnswers(store, target.name);
    setChosen(target);
    setSettings(answers);
    void run(target, answers, started);
  };

  const answer = (next: WorkbookSettings) => {
    if (!chosen) return;
    setSettings(next);
    rememberAnswers(store, chosen.name, next);
    void run(chosen, next, performance.now());
  };

  const onDrop = (event: DragEvent<HTMLElement>) => {
    event.preventDefault();
    setDropping(false);
    open(event.dataTransfer.files[0]);
  };

  const findings = result && result.kind !== 'unreadable' ? result.findings : null;
  const counts = findings?.results ? statusCounts(findings.results, locale) : [];
  const lagging = findings ? indicatorsIn('behind', findings.results, findings.recognition) : [];
  const unclear = findings ? indicatorsIn('unclear', findings.results, findings.recognition) : [];
  const phase = running ? 'running' : result ? 'done' : 'idle';

  return (
    <main className={mergeClasses(pane.pane, styles.page)} lang="zh-CN" aria-labelledby="page-title" data-testid="web-page" data-phase={phase} data-result={result?.kind ?? ''} data-engine={engineReady ? 'ready' : 'starting'}>
      <header className={pane.header}>
        <Title3 as="h1" id="page-title">
          <Both k="web.title" block />
        </Title3>
        <Caption1>
          <Both k="web.subtitle" block />
        </Caption1>
      </header>
      <section
        className={mergeClasses(styles.drop, dropping && styles.dropping)}
        onDragOver={(event) => {
          event.preventDefault();
          setDropping(true);
        }}
        onDragLeave={() => setDropping(false)}
        onDrop={onDrop}
        data-testid="drop-zone"
      >
        <input
          ref={input}
          type="file"
          accept={ACCEPT}
          hidden
          data-testid="file-input"
          onChange={(event) => {
            open(event.target.files?.[0]);
            event.target.value = '';
          }}
        />
        <Button appearance="primary" size="large" disabled={running} icon={running ? <Spinner size="tiny" /> : undefined} onClick={() => input.current?.click()} data-testid="choose-file">
          <Both k="web.open" onButton />
        </Button>
        <Caption1>
          <Both k="web.drop" />
        </Caption1>
      </section>
      <div aria-live="polite" className={pane.section}>
        {chosen && running && (
          <Text data-testid="status">
            <Both k="web.reading" params={{ file: chosen.file.name }} />
          </Text>
        )}
        {chosen && result?.kind === 'unreadable' && (
          <Text role="alert" data-testid="status">
            {t('web.not-workbook', locale, { file: chosen.file.name, reason: result.message })}
          </Text>
        )}
        {chosen && result?.kind === 'no-table' && !running && (
          <Text role="alert" data-testid="status">
            <Both k="web.no-table" params={{ file: chosen.file.name }} />
          </Text>
        )}
        {failure && (
          <Text role="alert" data-testid="status">
            {failure}
          </Text>
        )}
        {(running || result) && (
          <Caption1 className={pane.muted} data-testid="engine-thread" data-thread={thread.kind}>
            <Both k={thread.kind === 'worker' ? 'web.engine.worker' : `web.engine.${thread.reason}`} />
          </Caption1>
        )}
      </div>
      {downloads && (
        <section className={pane.section} aria-labelledby="downloads-title" data-testid="downloads" data-ready-ms={readyMs ?? ''}>
          <Subtitle2 as="h2" id="downloads-title">
            <Both k="web.download.title" />
          </Subtitle2>
          <div className={pane.actions}>
            <Button as="a" appearance="primary" href={downloads.xlsx.url} download={downloads.xlsx.name} data-testid="download-xlsx">
              {t('web.download.xlsx', locale, { file: downloads.xlsx.name })}
            </Button>
            <Button as="a" appearance="primary" href={downloads.docx.url} download={downloads.docx.name} data-testid="download-docx">
              {t('web.download.docx', locale, { file: downloads.docx.name })}
            </Button>
            {downloads.settings && (
              <Button as="a" appearance="secondary" href={downloads.settings.url} download={downloads.settings.name} data-testid="download-settings">
                {t('web.download.settings', locale, { file: downloads.settings.name })}
              </Button>
            )}
          </div>
          <Caption1 className={pane.muted}>
            <Both k="web.download.note" />
          </Caption1>
        </section>
      )}
      {findings?.results && (
        <section className={pane.section} aria-labelledby="results-title" data-testid="results">
          <Subtitle2 as="h2" id="results-title">
            {t('ui.results.title', locale)}
          </Subtitle2>
          <ul className={pane.counts}>
            {counts.map((count) => (
              <li key={count.status} style={{ listStyleType: 'none' }} data-status={count.status}>
                <Badge appearance="tint" size="large">
                  {count.label} {t('ui.results.count', locale, { count: count.count })}
                </Badge>
              </li>
            ))}
          </ul>
          <IndicatorList title="web.lagging" items={lagging} testId="lagging" locale={locale} />
          <IndicatorList title="web.unclear" items={unclear} testId="unclear" locale={locale} />
        </section>
      )}
      {findings && chosen && (
        <>
          <RecognitionPanel
            recognition={findings.recognition}
            snapshot={findings.workbook}
            settings={settings}
            locale={locale}
            disabled={running}
            onChange={answer}
            savedNote={t('web.remembered', locale, { name: chosen.name })}
          />
          <IssueList groups={groupIssues(findings.issues, locale)} locale={locale} onSelect={(cell: CellRef) => setNote(refToString(cell))} />
          {note && (
            <Caption1 role="status" data-testid="cell-note">
              {note}
            </Caption1>
          )}
        </>
      )}
      {findings?.report && (
        <section className={pane.section} aria-labelledby="draft-title" data-testid="draft">
          <Subtitle2 as="h2" id="draft-title">
            <Both k="web.draft" />
          </Subtitle2>
          {/* draftHtml escapes every piece of the workbook's text; only its own tags are markup. */}
          <div className={styles.draft} dangerouslySetInnerHTML={{ __html: draftHtml(findings.report) }} />
        </section>
      )}
      <Caption1 className={pane.muted}>
        <Both k="web.offline" block />
      </Caption1>
    </main>
  );
}

function IndicatorList({ title, items, testId, locale }: { title: MessageKey; items: readonly { row: number; name: string }[]; testId: string; locale: Locale }) {
  const pane = usePaneStyles();
  return (
    <div className={pane.section} data-testid={testId}>
      <Text as="h3" weight="semibold">
        {t(title, locale)}（{items.length}）
      </Text>
      {items.length === 0 ? (
        <Caption1 className={pane.muted}>{t('web.none', locale)}</Caption1>
      ) : (
        <ul className={pane.list}>
          {items.map((item) => (
            <li key={item.row}>
              <Text>{t('web.indicator-line', locale, { row: item.row, name: item.name })}</Text>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
