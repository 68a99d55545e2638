/**
 * The task pane, render only: all state lives in `useAnalysis`. Which message is analysed and how
 * it was read, the verdict (a summary first when there are several causes), the one action that
 * fits who must act, and, out of the way, analysing another bounce and the settings.
 */
import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Button, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { ReactElement } from 'react';
import { ActionArea } from './ActionArea';
import { Announcer } from './Announcer';
import { HelpdeskField } from './HelpdeskField';
import { InputPanel } from './InputPanel';
import { PaneNotice } from './PaneNotice';
import { ReportStep } from './ReportStep';
import type { Translator } from './strings';
import { routeLabel, sourceLabel, useAnalysis } from './useAnalysis';
import type { Analysis } from './useAnalysis';
import { Summary } from './Summary';
import { VerdictCard } from './VerdictCard';
import { AnalysedMessage } from './AnalysedMessage';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalS,
    boxSizing: 'border-box',
    minWidth: 0,
    maxWidth: '100%',
  },
  hidden: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    margin: '-1px',
    overflow: 'hidden',
    clip: 'rect(0 0 0 0)',
    whiteSpace: 'nowrap',
  },
  header: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
  },
  source: { overflowWrap: 'anywhere', flexGrow: 1, flexBasis: '8em', minWidth: 0, color: tokens.colorNeutralForeground2 },
  verdictHeading: {
    margin: 0,
    fontSize: tokens.fontSizeBase400,
    fontWeight: tokens.fontWeightSemibold,
    overflowWrap: 'anywhere',
    ':focus': { outlineStyle: 'none' },
  },
  cards: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM, minWidth: 0 },
});

export interface AppProps {
  readonly t: Translator;
  /** The pane URL's query string (helpdesk parameter). */
  readonly search: string;
  /** Injected for tests and the playground; the real fetch otherwise. */
  readonly fetcher?: typeof fetch;
}

export function App(props: AppProps): ReactElement {
  return (
    <Announcer>
      <Pane {...props} />
    </Announcer>
  );
}

function Pane(props: AppProps): ReactElement {
  const { t } = props;
  const s = useStyles();
  const a = useAnalysis(props);
  const { phase } = a;
  const input = <InputPanel t={t} onInput={a.analyse} onError={a.inputError} />;

  return (
    <main className={s.root} aria-busy={phase.kind === 'loading' && !phase.slow}>
      {/* Outlook titles the pane already: the name is here for screen readers only. */}
      <h1 className={s.hidden}>{t('appTitle')}</h1>
      {(phase.kind === 'result' || a.canReread) && (
        <div className={s.header}>
          {phase.kind === 'result' && (
            <AnalysedMessage
              t={t}
              subject={phase.info?.subject || phase.result.subject || sourceLabel(t, phase.source)}
              date={phase.info?.date ?? phase.result.arrivalDate}
              how={phase.route !== null ? t('readVia', { route: routeLabel(t, phase.route) }) : `(${sourceLabel(t, phase.source)})`}
              selectionUnknown={a.selectionUnknown}
              className={s.source}
            />
          )}
          {a.canReread && (
            <Button size="small" onClick={a.reread} data-testid="reread">
              {t('reRead')}
            </Button>
          )}
        </div>
      )}
      {a.stale && (
        <PaneNotice t={t} intent="warning" testId="stale">
          {t('selectionChanged')}
        </PaneNotice>
      )}
      {phase.kind === 'loading' && (
        <>
          <Spinner label={phase.slow ? t('stillTrying') : t('loading')} size={phase.slow ? 'tiny' : 'medium'} />
          {phase.slow && (
            <>
              <PaneNotice t={t} intent="info" testId="slow">
                {t('slowOutlook')}
              </PaneNotice>
              {input}
            </>
          )}
        </>
      )}
      {phase.kind === 'input' && (
        <>
          {phase.notice !== null && (
            <PaneNotice t={t} intent={phase.notice.intent} next={phase.notice.next} details={phase.notice.details} testId="notice">
              {phase.notice.text}
            </PaneNotice>
          )}
          {input}
        </>
      )}
      {phase.kind === 'result' && <Result a={a} t={t} />}
      {/* After a result, out of the way and rendered once the verdict is on screen. */}
      {phase.kind !== 'loading' && (phase.kind !== 'result' || a.settled) && (
        <More a={a} t={t} input={phase.kind === 'result' ? input : null} />
      )}
    </main>
  );
}

function Result(props: { readonly a: Analysis; readonly t: Translator }): ReactElement | null {
  const { a, t } = props;
  const s = useStyles();
  const phase = a.phase;
  if (phase.kind !== 'result') return null;
  const { result, groups } = phase;
  const lead = groups[0] ?? null;
  const subject = phase.info?.subject || result.subject || t('unknownSubject');
  // The note to the recipient names the user's own message, not the bounce.
  const originalSubject = result.original?.subject || subject;
  const compose = a.composing;

  const reportStep = (
    <ReportStep
      t={t}
      compose={compose}
      helpdesk={a.helpdesk}
      status={a.draft}
      copy={a.reportCopy}
      stepRef={a.reportRef}
      onSaveHelpdesk={a.saveHelpdesk}
      onDraft={a.draftReport}
      onCopyReport={a.copyReport}
    />
  );
  const action = (
    <ActionArea
      t={t}
      kind={phase.action}
      group={lead}
      result={result}
      subject={originalSubject}
      compose={compose}
      draft={a.draft}
      reportCopy={a.reportCopy}
      reportOpen={a.reportOpen}
      onOpenReport={a.openReport}
      onCopyReport={() => a.copyReport('')}
      onCopy={a.copyText}
      onAnnounce={a.announce}
      reportStep={reportStep}
      forged={phase.explained.backscatter}
    />
  );
  const kindNotice =
    result.kind === 'auto-reply'
      ? t('autoReply')
      : result.kind === 'delivery-report'
        ? t('deliveryReport')
        : result.kind === 'feedback-report'
          ? t('feedbackReport')
          : null;

  return (
    <>
      {lead === null ? (
        <>
          <h2 className={s.verdictHeading} ref={a.verdictRef} tabIndex={-1} data-testid="verdict-title">
            {result.kind === 'auto-reply'
              ? t('autoReplyJudged', { subject })
              : (kindNotice ?? t('notBounceJudged', { subject, source: sourceLabel(t, phase.source) }))}
          </h2>
          {action}
        </>
      ) : (
        <>
          {kindNotice !== null && (
            <PaneNotice t={t} intent={result.kind === 'delivery-report' ? 'success' : 'info'}>
              {kindNotice}
            </PaneNotice>
          )}
          {phase.summary && <Summary t={t} result={result} groups={groups} headingRef={a.verdictRef} />}
          {phase.summary && action}
          <div className={s.cards}>
            {groups.map((g, i) => (
              <VerdictCard
                key={`${g.explanation.id}-${g.explanation.owner}`}
                group={g}
                result={result}
                t={t}
                index={i}
                level={phase.summary ? 3 : 2}
                onCopy={a.copyText}
                details={a.settled}
                {...(!phase.summary && i === 0 ? { headingRef: a.verdictRef, action } : {})}
              />
            ))}
          </div>
        </>
      )}
    </>
  );
}

/** Out of the way at the bottom: analysing another bounce (after a result) and the settings. */
function More(props: { readonly a: Analysis; readonly t: Translator; readonly input: ReactElement | null }): ReactElement {
  const { a, t, input } = props;
  const [address, setAddress] = useState<string | null>(null);
  return (
    <Accordion collapsible multiple>
      {input !== null && (
        <AccordionItem value="another">
          <AccordionHeader>{t('analyseAnother')}</AccordionHeader>
          <AccordionPanel>{input}</AccordionPanel>
        </AccordionItem>
      )}
      <AccordionItem value="settings">
        <AccordionHeader data-testid="settings">{t('settingsTitle')}</AccordionHeader>
        <AccordionPanel>
          <HelpdeskField
            t={t}
            value={address ?? a.helpdesk?.address ?? ''}
            onChange={setAddress}
            helpdesk={a.helpdesk}
            onSave={a.saveHelpdesk}
            testId="settings-helpdesk"
          />
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}
