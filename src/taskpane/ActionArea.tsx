/**
 * The one primary action, chosen by who must act (see `primaryActionKind`), then drafting to IT
 * as a secondary action, then the report step when the user chose to draft.
 */
import { Button, Text, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { ReactElement, ReactNode } from 'react';
import type { AnalysisResult, ExplanationGroup } from '../engine';
import { dateTimeFormat } from './strings';
import type { Translator } from './strings';
import type { CopyStatus, DraftStatus } from './useAnalysis';
import { correctedAddress, groupAddresses, groupCode } from './verdict';
import type { ActionKind } from './verdict';

const useStyles = makeStyles({
  area: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS, minWidth: 0 },
  primary: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    rowGap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalS,
    borderLeft: `${tokens.strokeWidthThicker} solid ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorNeutralBackground2,
    borderRadius: tokens.borderRadiusMedium,
    minWidth: 0,
  },
  text: { overflowWrap: 'anywhere' },
  button: { maxWidth: '100%', whiteSpace: 'normal', overflowWrap: 'anywhere', height: 'auto' },
  copy: { width: '100%', minWidth: 0 },
  secondary: { alignSelf: 'flex-start', maxWidth: '100%', whiteSpace: 'normal', overflowWrap: 'anywhere', height: 'auto' },
});

export interface ActionAreaProps {
  readonly t: Translator;
  readonly kind: ActionKind;
  readonly group: ExplanationGroup | null;
  readonly result: AnalysisResult;
  readonly subject: string;
  readonly compose: boolean;
  readonly draft: DraftStatus;
  readonly reportCopy: CopyStatus;
  readonly reportOpen: boolean;
  readonly onOpenReport: () => void;
  readonly onCopyReport: () => void;
  readonly onCopy: (text: string) => Promise<boolean>;
  readonly onAnnounce: (message: string) => void;
  /** The report step, rendered right below the action that opened it. */
  readonly reportStep: ReactNode;
  /** The bounce was judged forged: it is no matter for IT, so no report is offered at all. */
  readonly forged?: boolean;
}

export function ActionArea(props: ActionAreaProps): ReactElement {
  const { t, kind, group, result, subject, compose, draft, reportCopy, reportOpen, onOpenReport, onCopyReport, onCopy, onAnnounce } = props;
  const s = useStyles();
  const [copied, setCopied] = useState<{ ok: boolean; text: string } | null>(null);
  const copy = (text: string): void => {
    void onCopy(text).then((ok) => {
      setCopied({ ok, text });
      onAnnounce(ok ? t('actionCopied') : t('actionCopyFailed'));
    });
  };
  const copiedNote =
    copied === null ? null : copied.ok ? (
      <Text size={200}>{t('actionCopied')}</Text>
    ) : (
      <>
        <Text size={200}>{t('actionCopyFailed')}</Text>
        <Textarea
          className={s.copy}
          textarea={{ className: s.copy }}
          readOnly
          value={copied.text}
          aria-label={t('actionCopyFailed')}
          rows={3}
        />
      </>
    );

  let body: ReactNode;
  switch (kind) {
    case 'draft-report':
      body = (
        <Button
          appearance={draft.kind === 'done' ? 'secondary' : 'primary'}
          size="large"
          className={s.button}
          onClick={onOpenReport}
          aria-expanded={reportOpen}
        >
          {draft.kind === 'done' ? t('actionDraftDone') : compose ? t('actionDraftCompose') : t('actionDraft')}
        </Button>
      );
      break;
    case 'copy-report':
      body = (
        <>
          <Button appearance="primary" size="large" className={s.button} onClick={onCopyReport}>
            {reportCopy.kind === 'copied' ? t('actionCopyReportDone') : t('actionCopyReport')}
          </Button>
          <Text size={200} className={s.text}>
            {t('actionCopyReportHint')}
          </Text>
          {reportCopy.kind === 'failed' && (
            <>
              <Text size={200}>{t('actionCopyFailed')}</Text>
              <Textarea
                className={s.copy}
                textarea={{ className: s.copy }}
                readOnly
                value={reportCopy.text}
                aria-label={t('actionCopyReport')}
                rows={4}
              />
            </>
          )}
        </>
      );
      break;
    case 'fix-address': {
      const fix = group === null ? null : correctedAddress(result, group);
      const address = group === null ? undefined : groupAddresses(result, group)[0];
      body =
        fix !== null ? (
          <>
            <Text weight="semibold" className={s.text}>
              {t('actionFixSuggestion', fix)}
            </Text>
            <Button appearance="primary" className={s.button} onClick={() => copy(fix.corrected)}>
              {t('actionFixCopy', { corrected: fix.corrected })}
            </Button>
            {copiedNote}
          </>
        ) : (
          <>
            <Text weight="semibold" className={s.text}>
              {t('actionFixGeneric', { step: group?.explanation.steps[0] ?? group?.explanation.summary ?? '' })}
            </Text>
            {address !== undefined && (
              <Button className={s.button} onClick={() => copy(address)}>
                {t('actionFixCopyAddress')}
              </Button>
            )}
            {copiedNote}
          </>
        );
      break;
    }
    case 'tell-recipient': {
      const addresses = group === null ? [] : groupAddresses(result, group);
      const note = t('actionTellNote', {
        address: addresses.slice(0, 3).join(', ') || t('unknownValue'),
        subject,
        title: group?.explanation.title ?? '',
        code: (group === null ? null : groupCode(result, group)) ?? t('noCode'),
      });
      body = (
        <>
          <Button appearance="primary" className={s.button} onClick={() => copy(note)}>
            {t('actionTell')}
          </Button>
          <Text size={200} className={s.text}>
            {t('actionTellHint')}
          </Text>
          {copiedNote}
        </>
      );
      break;
    }
    case 'wait': {
      const until =
        group === null ? null : (group.recipients.map((i) => result.recipients[i]?.retryUntil ?? null).find((d) => d !== null) ?? null);
      const when = until === null ? null : localTime(until, t.catalogue.locale);
      body = (
        <Text weight="semibold" className={s.text}>
          {when === null ? t('actionWait') : t('actionWaitUntil', { when })}
        </Text>
      );
      break;
    }
    default:
      body = (
        <Text weight="semibold" className={s.text}>
          {t('actionNone')}
        </Text>
      );
  }

  return (
    <div className={s.area}>
      <div className={s.primary} data-testid="primary-action" data-action={kind}>
        {body}
      </div>
      {kind !== 'draft-report' && props.forged !== true && (
        <Button
          appearance="secondary"
          className={s.secondary}
          onClick={onOpenReport}
          aria-expanded={reportOpen}
          data-testid="secondary-draft"
        >
          {draft.kind === 'done' ? t('actionDraftDone') : t('secondaryDraft')}
        </Button>
      )}
      {reportOpen && props.reportStep}
    </div>
  );
}

/** An ISO date in the user's own words and time zone (falls back to the ISO text). */
function localTime(iso: string, locale: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  try {
    return dateTimeFormat(locale).format(d);
  } catch {
    return iso;
  }
}
