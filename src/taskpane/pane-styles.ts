import { makeStyles, tokens } from '@fluentui/react-components';

/** Styles for a pane that starts 320 px wide: one column, wrapping text, nothing wider than the pane. */
export const usePaneStyles = makeStyles({
  pane: {
    display: 'flex',
    flexDirection: 'column',
    gap: '12px',
    padding: '12px',
    boxSizing: 'border-box',
    maxWidth: '100%',
    overflowWrap: 'anywhere',
  },
  header: { display: 'flex', flexDirection: 'column', gap: '2px' },
  section: { display: 'flex', flexDirection: 'column', gap: '6px' },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: '4px' },
  progressRow: { display: 'grid', gridTemplateColumns: '1fr 4.5em 5.5em', columnGap: '8px', alignItems: 'center', justifyItems: 'end' },
  progressLabel: { justifySelf: 'start' },
  muted: { color: tokens.colorNeutralForeground3 },
  running: { color: tokens.colorBrandForeground1, fontWeight: tokens.fontWeightSemibold },
  done: { color: tokens.colorPaletteGreenForeground1 },
  issueButton: { justifyContent: 'flex-start', textAlign: 'left', height: 'auto', paddingTop: '4px', paddingBottom: '4px', width: '100%' },
  issueText: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: '2px', fontWeight: tokens.fontWeightRegular },
  counts: { display: 'flex', flexWrap: 'wrap', gap: '6px' },
  mappingRow: { display: 'grid', gridTemplateColumns: '6.5em 7em 1fr', columnGap: '6px', alignItems: 'center' },
  actions: { display: 'flex', flexDirection: 'column', gap: '6px', alignItems: 'stretch' },
  wide: { width: '100%' },
});
