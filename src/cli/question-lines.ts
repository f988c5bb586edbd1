import { t, tDynamic, type Locale } from '../core/i18n';
import type { RecognitionQuestion } from '../core/recognize';

/**
 * The questions recognition asks, as the command line prints them: each with the one flag that answers it
 * (--map field=letter), so nothing the engine was unsure of passes silently.
 */
function headerPart(header: string, locale: Locale): string {
  return header === '' ? t('cli.question.no-header', locale) : t('cli.question.header', locale, { header });
}

function fieldLabel(field: string, locale: Locale): string {
  return tDynamic(`ui.field.${field}`, locale);
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
      return t('cli.question.row', locale, {
        row: question.row,
        name: question.name,
        value: question.value,
        unit: question.unit ?? '',
        confidence: Math.round(question.confidence * 100),
      });
    default: {
      const unreachable: never = question;
      return unreachable;
    }
  }
}

export function questionLines(questions: readonly RecognitionQuestion[], locale: Locale): string[] {
  return questions.length === 0 ? [] : [t('cli.questions.title', locale), ...questions.map((question) => questionLine(question, locale))];
}
