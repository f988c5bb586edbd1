import { t, tDynamic, type Locale } from '../core/i18n';
import type { LayoutQuestion, RecognitionQuestion } from '../core/recognize';

/**
 * The questions recognition asks, as the command line prints them: each with the one flag that answers it
 * (--map field=letter, --layout kind), so nothing the engine was unsure of passes silently.
 */
function headerPart(header: string, locale: Locale): string {
  return header === '' ? t('cli.question.no-header', locale) : t('cli.question.header', locale, { header });
}

function fieldLabel(field: string, locale: Locale): string {
  return tDynamic(`ui.field.${field}`, locale);
}

function layoutLabel(layout: string, locale: Locale): string {
  return tDynamic(`ui.layout.${layout}`, locale);
}

/** A layout question: what the sheet looked like (or was read as), then one --layout line per reading offered. */
function layoutLines(question: LayoutQuestion, locale: Locale): string {
  const head = question.read === null
    ? t('cli.question.layout-refused', locale, { sheet: question.sheet, seen: question.seen === null ? '—' : layoutLabel(question.seen, locale) })
    : t('cli.question.layout', locale, {
        sheet: question.sheet, read: layoutLabel(question.read, locale), confidence: Math.round(question.confidence * 100), layout: question.read,
      });
  const choices = question.candidates
    .filter((reading) => reading.layout !== question.read)
    .map((reading) =>
      t('cli.question.layout-choice', locale, {
        layout: reading.layout,
        label: layoutLabel(reading.layout, locale),
        indicators: reading.indicators,
        figures: reading.withFigures,
        names: reading.names.join(locale === 'zh-CN' ? '、' : ', '),
      }),
    );
  return [head, ...choices].join('\n');
}

function questionLine(question: RecognitionQuestion, locale: Locale): string {
  switch (question.kind) {
    case 'column': {
      const header = headerPart(question.header, locale);
      if (question.read === null) return t('cli.question.refused', locale, { letter: question.letter, header });
      const others = question.candidates
        .filter((field) => field !== question.read)
        .map((field) => `--map ${field}=${question.letter}（${fieldLabel(field, locale)}）`)
        .join(locale === 'zh-CN' ? '、' : ', ');
      return t('cli.question.column', locale, {
        letter: question.letter,
        header,
        field: fieldLabel(question.read, locale),
        confidence: Math.round(question.confidence * 100),
        read: question.read,
        others,
      });
    }
    case 'row':
      return tDynamic(question.reason === 'name' ? 'cli.question.row' : `cli.question.row-${question.reason}`, locale, {
        row: question.row,
        name: question.name,
        field: fieldLabel(question.field, locale),
        value: question.value ?? '',
        text: question.text,
        unit: question.unit ?? '',
        confidence: Math.round(question.confidence * 100),
      });
    case 'layout':
      return layoutLines(question, locale);
    default: {
      const unreachable: never = question;
      return unreachable;
    }
  }
}

export function questionLines(questions: readonly RecognitionQuestion[], locale: Locale): string[] {
  return questions.length === 0 ? [] : [t('cli.questions.title', locale), ...questions.map((question) => questionLine(question, locale))];
}
