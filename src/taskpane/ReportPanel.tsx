/** The helpdesk address, what was tried, and the primary action: draft the report to IT. */
import {
  Button,
  Field,
  Input,
  Link,
  MessageBar,
  MessageBarBody,
  Spinner,
  Text,
  Textarea,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import type { ReactElement } from 'react';
import type { Helpdesk } from '../office';
import { isAddress } from '../office';
import type { Translator } from './strings';

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  row: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalS, alignItems: 'end' },
  grow: { flexGrow: 1, minWidth: '12em' },
});

export type DraftStatus =
  | { readonly kind: 'idle' }
  | { readonly kind: 'busy' }
  | { readonly kind: 'done'; readonly message: string }
  | { readonly kind: 'fallback'; readonly mailto: string; readonly text: string };

export function ReportPanel(props: {
  readonly t: Translator;
  readonly compose: boolean;
  readonly helpdesk: Helpdesk;
  readonly status: DraftStatus;
  readonly onSaveHelpdesk: (address: string | null) => Promise<boolean>;
  readonly onDraft: (helpdesk: string | null, tried: string) => void;
}): ReactElement {
  const { t, compose, helpdesk, status, onSaveHelpdesk, onDraft } = props;
  const s = useStyles();
  const [address, setAddress] = useState(helpdesk.address ?? '');
  const [saved, setSaved] = useState<boolean | null>(null);
  const [tried, setTried] = useState('');
  const [copied, setCopied] = useState(false);
  const valid = address.trim() === '' || isAddress(address);

  return (
    <section className={s.panel} aria-label={t('draftReport')}>
      {helpdesk.address === null && address === '' && (
        <MessageBar intent="info">
          <MessageBarBody>{t('helpdeskMissing')}</MessageBarBody>
        </MessageBar>
      )}
      <div className={s.row}>
        <Field
          className={s.grow}
          label={t('helpdeskLabel')}
          hint={`${t('helpdeskHint')} ${t('helpdeskFrom', { source: helpdesk.source })}`}
          validationState={valid ? 'none' : 'error'}
          validationMessage={valid ? null : t('helpdeskInvalid')}
        >
          <Input value={address} onChange={(_, d) => setAddress(d.value)} type="email" data-testid="helpdesk" />
        </Field>
        <Button
          disabled={!valid}
          onClick={() => {
            void onSaveHelpdesk(address.trim() === '' ? null : address.trim()).then(setSaved);
          }}
        >
          {t('helpdeskSave')}
        </Button>
      </div>
      {saved === true && <Text size={200}>{t('helpdeskSaved')}</Text>}
      <Field label={t('triedLabel')}>
        <Textarea value={tried} onChange={(_, d) => setTried(d.value)} rows={2} data-testid="tried" />
      </Field>
      <Button
        appearance="primary"
        size="large"
        data-testid="draft-report"
        disabled={!valid || status.kind === 'busy'}
        onClick={() => onDraft(address.trim() === '' ? null : address.trim(), tried)}
      >
        {compose ? t('draftCompose') : t('draftReport')}
      </Button>
      {status.kind === 'busy' && <Spinner size="tiny" label={t('drafting')} />}
      {status.kind === 'done' && (
        <MessageBar intent="success" data-testid="draft-status">
          <MessageBarBody>{status.message}</MessageBarBody>
        </MessageBar>
      )}
      {status.kind === 'fallback' && (
        <MessageBar intent="warning" data-testid="fallback">
          <MessageBarBody>
            <div>{t('draftFallback')}</div>
            <div className={s.row}>
              <Button
                onClick={() => {
                  void navigator.clipboard?.writeText(status.text).then(() => setCopied(true));
                }}
              >
                {copied ? t('copied') : t('copyReport')}
              </Button>
              <Link href={status.mailto} data-testid="mailto">
                {t('openMailto')}
              </Link>
            </div>
          </MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
