import { MessageBar, MessageBarBody, MessageBarTitle, Text } from '@fluentui/react-components';
import type { ResultSummary } from './result-summary';

export function ResultMessage({ summary }: { summary: ResultSummary }) {
  return (
    <MessageBar intent={summary.intent} layout="multiline" data-testid="result-message">
      <MessageBarBody>
        <MessageBarTitle>{summary.title}</MessageBarTitle>
        {summary.lines.map((line) => (
          <Text as="p" block key={line}>
            {line}
          </Text>
        ))}
      </MessageBarBody>
    </MessageBar>
  );
}
