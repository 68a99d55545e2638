/**
 * The task pane: which message is analysed and how it was read, one verdict card per cause, the
 * report to IT, and the paste/pick/drop panel that works whatever Outlook allows.
 */
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  MessageBar,
  MessageBarBody,
  Spinner,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ReactElement } from 'react';
import type { AnalysisResult, Explained } from '../engine';
import {
  clientDetails,
  clientLine,
  currentItem,
  mailtoLink,
  openNewMessage,
  readDraft,
  readSelected,
  resolveHelpdesk,
  saveUserHelpdesk,
  turnDraftIntoReport,
  userAddress,
  watchOutlookDrops,
  watchSelection,
} from '../office';
import type { Helpdesk, ItemInfo, ReadRoute } from '../office';
import { InputPanel } from './InputPanel';
import type { InputSource } from './InputPanel';
import { ReportPanel } from './ReportPanel';
import type { DraftStatus } from './ReportPanel';
import type { Translator } from './strings';
import { VerdictCard } from './VerdictCard';
import { analyseInPane, reportInPane } from './engine-client';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    minWidth: '280px',
    boxSizing: 'border-box',
  },
  header: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  h1: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  source: { overflowWrap: 'anywhere' },
});

type Source = InputSource | { readonly kind: 'selected' } | { readonly kind: 'draft' };

type Phase =
  | { readonly kind: 'loading' }
  | { readonly kind: 'input'; readonly notice: string | null }
  | {
      readonly kind: 'result';
      /** What was analysed: the report is built from it when the user asks. */
      readonly input: Uint8Array | string;
      readonly result: AnalysisResult;
      readonly explained: Explained;
      readonly source: Source;
      readonly route: ReadRoute | null;
      readonly info: ItemInfo | null;
    };

const ROUTE_KEY = {
  file: 'routeFile',
  'body-text': 'routeBodyText',
  'body-html': 'routeBodyHtml',
  'headers+body': 'routeHeaders',
  attachment: 'routeAttachment',
  none: 'routeNone',
} as const;

/** Performance marks for the benchmark; absent APIs (older hosts, jsdom) are simply skipped. */
function mark(name: string, measureFrom?: string): void {
  try {
    if (typeof performance?.mark !== 'function') return;
    performance.mark(name);
    if (measureFrom !== undefined) performance.measure('bounce-message-to-verdict', measureFrom, name);
  } catch {
    // a measurement aid only
  }
}

function sourceLabel(t: Translator, source: Source): string {
  switch (source.kind) {
    case 'paste':
      return t('sourcePaste');
    case 'file':
      return t('sourceFile', { name: source.name });
    case 'drop':
      return t('sourceDrop', { name: source.name });
    case 'draft':
      return t('sourceDraft');
    default:
      return t('sourceSelected');
  }
}

export interface AppProps {
  readonly t: Translator;
  /** The pane URL's query string (helpdesk parameter). */
  readonly search: string;
  /** Injected for tests and the playground; the real fetch otherwise. */
  readonly fetcher?: typeof fetch;
}

export function App(props: AppProps): ReactElement {
  const { t, search, fetcher } = props;
  const s = useStyles();
  const [phase, setPhase] = useState<Phase>({ kind: 'loading' });
  const [helpdesk, setHelpdesk] = useState<Helpdesk | null>(null);
  const [changed, setChanged] = useState(false);
  const [draft, setDraft] = useState<DraftStatus>({ kind: 'idle' });
  const me = useMemo(() => userAddress(), []);
  const generation = useRef(0);

  const show = useCallback(
    async (input: Uint8Array | string, source: Source, route: ReadRoute | null, info: ItemInfo | null): Promise<void> => {
      const mine = ++generation.current;
      // For `npm run bench`: from the message in hand to the verdict on screen.
      mark('bounce-input');
      const { result, explained, errorText } = await analyseInPane(input, { userAddress: me }, t.catalogue.locale);
      if (mine !== generation.current) return;
      setDraft({ kind: 'idle' });
      if (result.error !== null) {
        setPhase({ kind: 'input', notice: t('inputError', { detail: errorText ?? '' }) });
        return;
      }
      if (result.kind === 'not-bounce' || explained === null) {
        setPhase({ kind: 'input', notice: t('notBounce') });
        return;
      }
      setPhase({ kind: 'result', input, result, explained, source, route, info });
    },
    [t, me],
  );

  const loadFromOutlook = useCallback(async (): Promise<void> => {
    setChanged(false);
    setPhase({ kind: 'loading' });
    const state = currentItem();
    if (state.kind === 'none') return setPhase({ kind: 'input', notice: t('noItem') });
    if (state.kind === 'restricted') return setPhase({ kind: 'input', notice: t('restricted') });
    const outcome = state.kind === 'compose' ? await readDraft() : await readSelected();
    if (outcome.input === null) {
      const detail = outcome.attempts.map((a) => `${a.route}: ${a.detail}`).join('; ');
      return setPhase({ kind: 'input', notice: detail === '' ? t('noItem') : t('readFailed', { detail }) });
    }
    return show(outcome.input, state.kind === 'compose' ? { kind: 'draft' } : { kind: 'selected' }, outcome.route, outcome.info);
  }, [show, t]);

  useEffect(() => {
    void resolveHelpdesk(search, fetcher).then(setHelpdesk);
    void loadFromOutlook();
    const stopWatch = watchSelection(() => setChanged(true));
    const stopDrops = watchOutlookDrops((f) => void show(f.bytes, { kind: 'drop', name: f.name }, null, null));
    return () => {
      stopWatch();
      stopDrops();
    };
  }, [search, fetcher, loadFromOutlook, show]);

  useEffect(() => {
    if (phase.kind !== 'result') return;
    mark('bounce-verdict', 'bounce-input');
  }, [phase]);

  const onDraft = (to: string | null, tried: string): void => {
    if (phase.kind !== 'result') return;
    setDraft({ kind: 'busy' });
    const route = phase.route === null ? sourceLabel(t, phase.source) : phase.route;
    const current = phase;
    const details = { client: clientLine(clientDetails(), route), ...(tried.trim() !== '' ? { tried: tried.trim() } : {}) };
    void reportInPane(current.input, { userAddress: me }, t.catalogue.locale, details).then(async (report) => {
      if (report === null) {
        setDraft({ kind: 'idle' });
        return;
      }
      const content = { to, subject: report.subject, html: report.html, text: report.text };
      const outcome = await (current.source.kind === 'draft'
        ? turnDraftIntoReport(content)
        : openNewMessage(content, current.source.kind === 'selected' ? (current.info?.itemId ?? null) : null));
      if (outcome.kind === 'new-form')
        setDraft({
          kind: 'done',
          message: outcome.attachedBounce || current.source.kind !== 'selected' ? t('draftOpened') : t('draftOpenedNoAttachment'),
        });
      else if (outcome.kind === 'compose-updated') setDraft({ kind: 'done', message: t('draftComposeDone') });
      else setDraft({ kind: 'fallback', mailto: mailtoLink(content), text: `${report.subject}\n\n${report.text}` });
    });
  };

  const input = (
    <InputPanel
      t={t}
      onInput={(data, source) => void show(data, source, null, null)}
      onError={(message) => setPhase({ kind: 'input', notice: message })}
    />
  );

  return (
    <main className={s.root}>
      <header className={s.header}>
        <h1 className={s.h1}>{t('appTitle')}</h1>
        {phase.kind === 'result' && (
          <Text size={200} className={s.source} data-testid="source">
            {t('analysedMessage', { subject: phase.info?.subject || phase.result.subject || sourceLabel(t, phase.source) })}
            <br />
            {phase.route !== null ? t('readVia', { route: t(ROUTE_KEY[phase.route]) }) : `(${sourceLabel(t, phase.source)})`}
          </Text>
        )}
        {phase.kind !== 'loading' && currentItem().kind !== 'none' && (
          <Button size="small" onClick={() => void loadFromOutlook()} data-testid="reread">
            {t('reRead')}
          </Button>
        )}
      </header>
      {changed && (
        <MessageBar intent="warning" data-testid="stale">
          <MessageBarBody>{t('selectionChanged')}</MessageBarBody>
        </MessageBar>
      )}
      {phase.kind === 'loading' && <Spinner label={t('loading')} />}
      {phase.kind === 'input' && (
        <>
          {phase.notice !== null && (
            <MessageBar intent="info" data-testid="notice">
              <MessageBarBody>{phase.notice}</MessageBarBody>
            </MessageBar>
          )}
          {input}
        </>
      )}
      {phase.kind === 'result' && (
        <>
          {phase.result.kind === 'auto-reply' && (
            <MessageBar intent="info">
              <MessageBarBody>{t('autoReply')}</MessageBarBody>
            </MessageBar>
          )}
          {phase.result.kind === 'delivery-report' && (
            <MessageBar intent="success">
              <MessageBarBody>{t('deliveryReport')}</MessageBarBody>
            </MessageBar>
          )}
          {phase.result.kind === 'feedback-report' && (
            <MessageBar intent="info">
              <MessageBarBody>{t('feedbackReport')}</MessageBarBody>
            </MessageBar>
          )}
          {phase.explained.groups.map((g, i) => (
            <VerdictCard key={`${g.explanation.id}-${g.explanation.owner}`} group={g} result={phase.result} t={t} index={i} />
          ))}
          {helpdesk !== null && (
            <ReportPanel
              t={t}
              compose={phase.source.kind === 'draft'}
              helpdesk={helpdesk}
              status={draft}
              onSaveHelpdesk={async (a) => {
                const ok = await saveUserHelpdesk(a);
                if (ok) setHelpdesk({ address: a, source: a === null ? 'none' : 'user' });
                return ok;
              }}
              onDraft={onDraft}
            />
          )}
          <Accordion collapsible>
            <AccordionItem value="another">
              <AccordionHeader>{t('analyseAnother')}</AccordionHeader>
              <AccordionPanel>{input}</AccordionPanel>
            </AccordionItem>
          </Accordion>
        </>
      )}
    </main>
  );
}
