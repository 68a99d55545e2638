/**
 * The report step, shown when the user chooses to draft: the helpdesk address, "What I already
 * tried", and the button that opens the draft (or fills the Forward draft). After success it shows
 * its done state and a second press adds nothing.
 */
import { Button, Field, Link, Radio, RadioGroup, Spinner, Text, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { ReactElement, Ref } from 'react';
import type { Helpdesk } from '../office';
import { HelpdeskField, helpdeskValid } from './HelpdeskField';
import { PaneNotice } from './PaneNotice';
import type { Translator } from './strings';
import type { CopyStatus, DraftStatus } from './useAnalysis';

const useStyles = makeStyles({
  // A textarea's default 20 columns would hold the pane wider than 160 CSS px.
  textarea: { width: '100%', maxWidth: '100%', minWidth: 0 },
  textareaInner: { width: '100%', minWidth: 0 },
  step: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    minWidth: 0,
    ':focus': { outlineStyle: 'none' },
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  row: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalS, alignItems: 'center' },
  text: { overflowWrap: 'anywhere' },
  copy: { width: '100%', minWidth: 0 },
});

/** A language's own name for itself ("Deutsch", "日本語"), for the report-language choice. */
export function languageName(tag: string): string {
  // Simplified Chinese is named by its script, as Microsoft's language pickers do.
  const named = tag === 'zh-CN' ? 'zh-Hans' : tag;
  try {
    const name = new Intl.DisplayNames([named], { type: 'language' }).of(named) ?? tag;
    return name.charAt(0).toLocaleUpperCase(tag) + name.slice(1);
  } catch {
    return tag;
  }
}

export function ReportStep(props: {
  readonly t: Translator;
  readonly compose: boolean;
  readonly helpdesk: Helpdesk | null;
  readonly status: DraftStatus;
  readonly copy: CopyStatus;
  readonly stepRef: Ref<HTMLDivElement>;
  readonly onSaveHelpdesk: (address: string | null) => Promise<boolean>;
  /** `language`: the report's language, the pane's by default or English when the user picks it. */
  readonly onDraft: (to: string | null, tried: string, language: string) => void;
  readonly onCopyReport: (tried: string, language: string) => void;
}): ReactElement {
  const { t, compose, helpdesk, status, copy, stepRef, onSaveHelpdesk, onDraft, onCopyReport } = props;
  const s = useStyles();
  const [address, setAddress] = useState(helpdesk?.address ?? '');
  const [tried, setTried] = useState('');
  const [invalidTo, setInvalidTo] = useState(false);
  // The report follows the pane's language; a helpdesk that works in English can get it in English.
  const [language, setLanguage] = useState<string>(t.locale);
  const offerEnglish = t.locale !== 'en';
  // The configured address may arrive after the step opened; do not overwrite what the user typed.
  useEffect(() => {
    if (helpdesk?.address !== undefined && helpdesk.address !== null) setAddress((a) => (a === '' ? (helpdesk.address ?? '') : a));
  }, [helpdesk]);
  const done = status.kind === 'done';

  return (
    <div className={s.step} ref={stepRef} tabIndex={-1} role="group" aria-labelledby="report-step-title" data-testid="report-step">
      <h3 id="report-step-title" className={s.title}>
        {t('reportStepTitle')}
      </h3>
      <Text size={200} className={s.text}>
        {t('reportStepHint')}
      </Text>
      <HelpdeskField t={t} value={address} onChange={setAddress} helpdesk={helpdesk} onSave={onSaveHelpdesk} />
      <Field label={t('triedLabel')}>
        <Textarea
          className={s.textarea}
          textarea={{ className: s.textareaInner }}
          value={tried}
          onChange={(_, d) => setTried(d.value)}
          rows={2}
          resize="vertical"
          data-testid="tried"
        />
      </Field>
      {offerEnglish && (
        <Field label={t('reportLanguage')}>
          <RadioGroup layout="horizontal" value={language} onChange={(_, d) => setLanguage(d.value)} data-testid="report-language">
            <Radio value={t.locale} label={languageName(t.locale)} lang={t.locale} />
            <Radio value="en" label={languageName('en')} lang="en" />
          </RadioGroup>
        </Field>
      )}
      <div className={s.row}>
        <Button
          appearance={done ? 'secondary' : 'primary'}
          data-testid="draft-report"
          data-state={status.kind}
          aria-disabled={status.kind === 'busy' ? true : undefined}
          onClick={() => {
            const valid = helpdeskValid(address) && address.trim() !== '';
            setInvalidTo(!helpdeskValid(address));
            onDraft(valid ? address.trim() : null, tried, language);
          }}
        >
          {done ? t('actionDraftDone') : compose ? t('reportCreateCompose') : t('reportCreate')}
        </Button>
        {status.kind === 'busy' && <Spinner size="tiny" label={t('drafting')} />}
      </div>
      {status.kind === 'done' && (
        <PaneNotice t={t} intent="success" testId="draft-status">
          {status.message}
          {invalidTo ? ` ${t('reportInvalidTo')}` : ''}
        </PaneNotice>
      )}
      {status.kind === 'fallback' && (
        <PaneNotice t={t} intent="warning" testId="fallback">
          {t('draftFallback')}
          <div className={s.row}>
            <Button onClick={() => onCopyReport(tried, language)} data-testid="fallback-copy">
              {copy.kind === 'copied' ? t('copied') : t('copyReport')}
            </Button>
            <Link href={status.mailto} data-testid="mailto">
              {t('openMailto')}
            </Link>
          </div>
          {status.cut && (
            <Text size={200} as="p" data-testid="mailto-cut">
              {t('mailtoCut')}
            </Text>
          )}
          {copy.kind === 'failed' && (
            <Textarea
              className={s.copy}
              textarea={{ className: s.copy }}
              readOnly
              value={copy.text}
              aria-label={t('copyReport')}
              rows={4}
            />
          )}
        </PaneNotice>
      )}
    </div>
  );
}
