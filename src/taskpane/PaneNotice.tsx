/**
 * A Fluent MessageBar labelled by its own text (Fluent points `aria-labelledby` at a title that
 * only exists with `MessageBarTitle`), with optional technical details behind a disclosure.
 */
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  MessageBar,
  MessageBarBody,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useId } from 'react';
import type { ReactElement, ReactNode } from 'react';
import type { Translator } from './strings';

const useStyles = makeStyles({
  body: { overflowWrap: 'anywhere', minWidth: 0 },
  bar: { minWidth: 0 },
  details: { margin: 0, paddingLeft: '1.2em', fontSize: tokens.fontSizeBase200, overflowWrap: 'anywhere' },
  next: { marginTop: tokens.spacingVerticalXS },
});

export function PaneNotice(props: {
  readonly t: Translator;
  readonly intent: 'info' | 'warning' | 'success' | 'error';
  readonly children: ReactNode;
  readonly next?: string | null;
  readonly details?: readonly string[];
  readonly testId?: string;
}): ReactElement {
  const { t, intent, children, next, details = [], testId } = props;
  const s = useStyles();
  const id = useId();
  // The details sit below the bar, not in it: the bar announces its text, and only the sentence should be heard.
  return (
    <>
      <MessageBar intent={intent} layout="multiline" className={s.bar} aria-labelledby={id} data-testid={testId} politeness="polite">
        <MessageBarBody className={s.body}>
          <div id={id}>{children}</div>
          {next !== undefined && next !== null && <div className={s.next}>{next}</div>}
        </MessageBarBody>
      </MessageBar>
      {details.length > 0 && (
        <Accordion collapsible>
          <AccordionItem value="details">
            <AccordionHeader size="small">{t('failureDetails')}</AccordionHeader>
            <AccordionPanel>
              <ul className={s.details} data-testid="notice-details">
                {details.map((d) => (
                  <li key={d}>{d}</li>
                ))}
              </ul>
            </AccordionPanel>
          </AccordionItem>
        </Accordion>
      )}
    </>
  );
}
