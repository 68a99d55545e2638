/**
 * Which message the explanation is for: its subject and time, how it was read, and — for delivery
 * reports read from Outlook's selection — the plain fact that Outlook may not tell the pane when
 * another message is selected (it fires no event and keeps the old item on such messages).
 */
import { Text, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { ReactElement } from 'react';
import { Isolated, SLOT } from './Isolated';
import { dateTimeFormat } from './strings';
import type { Translator } from './strings';

const useStyles = makeStyles({
  box: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS, overflowWrap: 'anywhere' },
  subject: { fontWeight: tokens.fontWeightSemibold },
});

export interface AnalysedMessageProps {
  readonly t: Translator;
  readonly subject: string;
  /** ISO 8601 time of the analysed message, when Outlook gave one. */
  readonly date: string | null;
  /** How it was read ("Read via the whole message file." or the input's source). */
  readonly how: string;
  /** The message came from Outlook's selection and is a delivery report: the pane cannot track it. */
  readonly selectionUnknown: boolean;
  /** Layout from the surrounding header. */
  readonly className?: string;
}

export function AnalysedMessage(props: AnalysedMessageProps): ReactElement {
  const { t } = props;
  const s = useStyles();
  const when = props.date === null ? null : new Date(props.date);
  const time = when === null || Number.isNaN(when.getTime()) ? null : dateTimeFormat(t.catalogue.locale).format(when);
  return (
    <div className={mergeClasses(s.box, props.className)} data-testid="source">
      <Text size={300} className={s.subject}>
        {t('analysedMessage', { subject: props.subject })}
      </Text>
      {time !== null && (
        <Text size={200} data-testid="analysed-when">
          <Isolated text={t('analysedWhen', { time: SLOT })} value={time} />
        </Text>
      )}
      <Text size={200}>{props.how}</Text>
      {props.selectionUnknown && (
        <Text size={200} data-testid="selection-unknown">
          {t('selectionUnknown')}
        </Text>
      )}
    </div>
  );
}
