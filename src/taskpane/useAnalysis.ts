/**
 * The pane's state in one hook: which phase it is in, reading from Outlook under one overall
 * budget, the generation guard (a slow Outlook read never overwrites a bounce the user pasted
 * meanwhile), drafting that happens once, the helpdesk address, and what is announced when.
 * `App` only renders what this returns.
 */
import { useAnnounce } from '@fluentui/react-components';
import { startTransition, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { RefObject } from 'react';
import type { AnalysisResult, Explained, ExplanationGroup, Report } from '../engine';
import {
  clientDetails,
  currentItem,
  hasMailbox,
  isComposing,
  mailtoLink,
  openNewMessage,
  readDraft,
  readSelected,
  resolveHelpdesk,
  saveUserHelpdesk,
  selectionMayFreeze,
  supports,
  turnDraftIntoReport,
  userAddress,
  watchOutlookDrops,
  watchSelection,
} from '../office';
import type { Helpdesk, ItemInfo, ReadOutcome, ReadRoute } from '../office';
import { analyseInPane, reportInPane, warmEngine } from './engine-client';
import type { InputSource } from './InputPanel';
import { precompile } from './strings';
import type { Translator } from './strings';
import { needsSummary, orderGroups, primaryActionKind } from './verdict';
import type { ActionKind } from './verdict';

/** Within this time the pane offers paste / pick / drop while it keeps reading from Outlook. */
export const OFFER_INPUT_AFTER_MS = 3000;
/** The whole Outlook read (every route of the ladder together) gets this long. */
export const READ_BUDGET_MS = 20000;

export type Source = InputSource | { readonly kind: 'selected' } | { readonly kind: 'draft' };

export interface Notice {
  readonly intent: 'info' | 'warning';
  /** One plain sentence. */
  readonly text: string;
  /** What to do next, when it is not already in `text`. */
  readonly next: string | null;
  /** Technical details, shown behind a disclosure. */
  readonly details: readonly string[];
}

export type Phase =
  | { readonly kind: 'loading'; readonly slow: boolean }
  | { readonly kind: 'input'; readonly notice: Notice | null }
  | {
      readonly kind: 'result';
      readonly result: AnalysisResult;
      readonly explained: Explained;
      /** Causes ordered by who must act. */
      readonly groups: readonly ExplanationGroup[];
      /** What was analysed, kept so the report can be built from it when asked. */
      readonly input: Uint8Array | string;
      readonly summary: boolean;
      readonly action: ActionKind;
      readonly source: Source;
      readonly route: ReadRoute | null;
      readonly info: ItemInfo | null;
    };

export type DraftStatus =
  | { readonly kind: 'idle' }
  | { readonly kind: 'busy' }
  | { readonly kind: 'done'; readonly message: string }
  | { readonly kind: 'fallback'; readonly mailto: string; readonly text: string; readonly cut: boolean };

export type CopyStatus = { readonly kind: 'idle' } | { readonly kind: 'copied' } | { readonly kind: 'failed'; readonly text: string };

export interface AnalysisOptions {
  readonly t: Translator;
  readonly search: string;
  readonly fetcher?: typeof fetch;
}

export interface Analysis {
  readonly phase: Phase;
  /**
   * False for the first commit of a new result: the pane renders the verdict (title, who must act,
   * what happened, the action) first and the secondary parts (recipients, technical details,
   * analysing another, settings) right after it is on screen.
   */
  readonly settled: boolean;
  readonly stale: boolean;
  readonly helpdesk: Helpdesk | null;
  readonly draft: DraftStatus;
  readonly reportCopy: CopyStatus;
  readonly reportOpen: boolean;
  /** Whether Outlook can open a compose form (or this is a compose draft) here. */
  readonly composeForms: boolean;
  readonly canReread: boolean;
  /** The pane runs beside a draft: the report goes into it. */
  readonly composing: boolean;
  /** The analysed message is a report item read from the selection: Outlook may not tell the pane what is selected now. */
  readonly selectionUnknown: boolean;
  readonly verdictRef: RefObject<HTMLHeadingElement>;
  readonly reportRef: RefObject<HTMLDivElement>;
  readonly reread: () => void;
  readonly analyse: (input: Uint8Array | string, source: InputSource) => void;
  readonly inputError: (message: string) => void;
  readonly openReport: () => void;
  /** `language`: the report's language (the pane's by default; English when the user chose it). */
  readonly draftReport: (to: string | null, tried: string, language?: string) => void;
  readonly copyReport: (tried: string, language?: string) => void;
  readonly saveHelpdesk: (address: string | null) => Promise<boolean>;
  readonly copyText: (text: string) => Promise<boolean>;
  readonly announce: (message: string) => void;
}

const ROUTE_KEY = {
  file: 'routeFile',
  'body-text': 'routeBodyText',
  'body-html': 'routeBodyHtml',
  'headers+body': 'routeHeaders',
  attachment: 'routeAttachment',
  none: 'routeNone',
} as const;

export function routeLabel(t: Translator, route: ReadRoute): string {
  return t(ROUTE_KEY[route]);
}

export function sourceLabel(t: Translator, source: Source): string {
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

/** The read ladder under one overall deadline: a slow Outlook ends in a clear state, not a spinner. */
function withinBudget(work: Promise<ReadOutcome>, ms: number): Promise<ReadOutcome | 'timeout'> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), ms);
  });
  return Promise.race([work, deadline]).finally(() => clearTimeout(timer));
}

/** The user's time zone for the report's local times (the engine worker would guess the same one). */
function userTimeZone(): { timeZone?: string } {
  try {
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    return typeof zone === 'string' && zone !== '' ? { timeZone: zone } : {};
  } catch {
    return {};
  }
}

function composeFormsAvailable(compose: boolean): boolean {
  // A Forward draft is turned into the report in place; elsewhere a new message form is needed
  // (Mailbox 1.6, missing on phones and in old clients).
  return compose || supports('Mailbox', '1.6');
}

export function useAnalysis(options: AnalysisOptions): Analysis {
  const { t, search, fetcher } = options;
  const { announce } = useAnnounce();
  const [phase, setPhase] = useState<Phase>({ kind: 'loading', slow: false });
  const [helpdesk, setHelpdesk] = useState<Helpdesk | null>(null);
  const [stale, setStale] = useState(false);
  const [draft, setDraft] = useState<DraftStatus>({ kind: 'idle' });
  const [reportCopy, setReportCopy] = useState<CopyStatus>({ kind: 'idle' });
  const [reportOpen, setReportOpen] = useState(false);
  const [settled, setSettled] = useState(true);
  const me = useMemo(() => userAddress(), []);
  const generation = useRef(0);
  // A Forward draft becomes the report once per pane: the pane lives as long as that draft.
  const composeDrafted = useRef(false);
  const verdictRef = useRef<HTMLHeadingElement>(null);
  const reportRef = useRef<HTMLDivElement>(null);
  const [focusToken, setFocusToken] = useState(0);
  const say = useCallback((message: string) => announce(message, { polite: true }), [announce]);

  const showNotice = useCallback((notice: Notice) => setPhase({ kind: 'input', notice }), []);

  const show = useCallback(
    async (input: Uint8Array | string, source: Source, route: ReadRoute | null, info: ItemInfo | null): Promise<void> => {
      const mine = ++generation.current;
      // For `npm run bench`: from the message in hand to the verdict on screen.
      mark('bounce-input');
      const { result, explained, errorText, stopped } = await analyseInPane(input, { userAddress: me }, t.locale);
      if (mine !== generation.current || stopped?.failure === 'superseded') return;
      setDraft({ kind: 'idle' });
      setReportCopy({ kind: 'idle' });
      setReportOpen(false);
      if (stopped !== null) {
        // The worker was stopped (time limit) or failed: a clear notice, and the input stays available.
        const text = stopped.failure === 'timeout' ? t('analysisTimeout', { seconds: stopped.seconds }) : t('analysisCrashed');
        showNotice({ intent: 'warning', text, next: null, details: [] });
        say(text);
        return;
      }
      const subject = info?.subject || result.subject || t('unknownSubject');
      if (result.error !== null) {
        showNotice({ intent: 'warning', text: t('inputError', { detail: errorText ?? '' }), next: null, details: [] });
        return;
      }
      if (result.kind === 'not-bounce' || explained === null) {
        showNotice({
          intent: 'info',
          text: t('notBounceJudged', { subject, source: sourceLabel(t, source) }),
          next: t('notBounceNext'),
          details: [],
        });
        return;
      }
      const groups = orderGroups(explained.groups);
      const compose = source.kind === 'draft';
      const action = primaryActionKind(groups[0]?.explanation.owner ?? null, composeFormsAvailable(compose));
      const summary = needsSummary(result, explained);
      setSettled(false);
      setPhase({ kind: 'result', result, explained, groups, summary, action, source, route, info, input });
      setFocusToken((n) => n + 1);
      const first = groups[0]?.explanation.title ?? t('autoReplyJudged', { subject });
      say(
        summary
          ? t('announceSummary', {
              summary: t('summaryTitle', { recipients: result.recipients.length, causes: groups.length }),
              title: first,
            })
          : t('announceVerdict', { title: first }),
      );
    },
    [t, me, say, showNotice],
  );

  const loadFromOutlook = useCallback(async (): Promise<void> => {
    setStale(false);
    const state = currentItem();
    if (state.kind === 'none') return showNotice({ intent: 'info', text: t('noItem'), next: null, details: [] });
    if (state.kind === 'restricted') return showNotice({ intent: 'info', text: t('restricted'), next: null, details: [state.detail] });
    const mine = ++generation.current;
    setPhase({ kind: 'loading', slow: false });
    const slow = setTimeout(() => {
      if (mine !== generation.current) return;
      setPhase((p) => (p.kind === 'loading' ? { kind: 'loading', slow: true } : p));
    }, OFFER_INPUT_AFTER_MS);
    const outcome = await withinBudget(state.kind === 'compose' ? readDraft() : readSelected(), READ_BUDGET_MS);
    clearTimeout(slow);
    // The user pasted or dropped something meanwhile: that wins.
    if (mine !== generation.current) return;
    if (outcome === 'timeout' || outcome.input === null) {
      const attempts = outcome === 'timeout' ? [] : outcome.attempts;
      const details = [...new Set(attempts.filter((a) => !a.ok).map((a) => `${routeLabel(t, a.route)}: ${a.detail}`))];
      const text = outcome === 'timeout' ? t('readTimedOut') : attempts.length === 0 ? t('noItem') : t('readFailedPlain');
      showNotice({ intent: 'warning', text, next: null, details });
      return;
    }
    await show(outcome.input, state.kind === 'compose' ? { kind: 'draft' } : { kind: 'selected' }, outcome.route, outcome.info);
  }, [show, showNotice, say, t]);

  // Mount once per pane (and per query string): a parent re-rendering with a new translator must
  // not read Outlook again or re-subscribe. The latest callbacks are reached through a ref.
  const latest = useRef({ loadFromOutlook, show, say, t });
  latest.current = { loadFromOutlook, show, say, t };
  useEffect(() => {
    // The worker loads this language too (it started with the page).
    warmEngine(latest.current.t.locale);
    void resolveHelpdesk(search, fetcher).then(setHelpdesk);
    void latest.current.loadFromOutlook();
    // While Outlook's answer is on its way (the read above waits for its callbacks), this thread
    // compiles the language's words: before the message is in hand, not while it is analysed.
    precompile(latest.current.t);
    const stopWatch = watchSelection(() => {
      setStale(true);
    });
    const stopDrops = watchOutlookDrops((f) => void latest.current.show(f.bytes, { kind: 'drop', name: f.name }, null, null));
    return () => {
      stopWatch();
      stopDrops();
    };
  }, [search, fetcher]);

  // For the bench's stage split: the verdict is in the DOM (before the browser paints it).
  useLayoutEffect(() => {
    if (focusToken !== 0) mark('bounce-commit');
  }, [focusToken]);

  // After each analysis the verdict heading takes focus, so keyboard and screen-reader users land on it.
  useEffect(() => {
    if (focusToken === 0) return;
    mark('bounce-verdict', 'bounce-input');
    verdictRef.current?.focus();
    // The verdict is on screen: the secondary parts follow, as an interruptible update.
    const later = setTimeout(() => startTransition(() => setSettled(true)), 0);
    return () => clearTimeout(later);
  }, [focusToken]);

  const report = useCallback(
    async (tried: string, language: string): Promise<Report | null> => {
      if (phase.kind !== 'result') return null;
      const route = phase.route === null ? sourceLabel(t, phase.source) : phase.route;
      return reportInPane(phase.input, { userAddress: me }, language, {
        clientInfo: { ...clientDetails(), route },
        ...userTimeZone(),
        ...(tried.trim() !== '' ? { tried: tried.trim() } : {}),
      });
    },
    [phase, t, me],
  );

  const copyText = useCallback(async (text: string): Promise<boolean> => {
    try {
      if (typeof navigator === 'undefined' || navigator.clipboard === undefined) return false;
      await navigator.clipboard.writeText(text);
      return true;
    } catch {
      return false;
    }
  }, []);

  const alreadyDrafted = phase.kind === 'result' && (draft.kind === 'done' || (phase.source.kind === 'draft' && composeDrafted.current));

  const draftReport = useCallback(
    (to: string | null, tried: string, language: string = t.locale): void => {
      if (phase.kind !== 'result' || draft.kind === 'busy') return;
      if (alreadyDrafted) {
        setDraft({ kind: 'done', message: t('reportAlreadyDrafted') });
        say(t('reportAlreadyDrafted'));
        return;
      }
      setDraft({ kind: 'busy' });
      say(t('announceDraftBusy'));
      // In compose mode every report (also for pasted or dropped input) goes into the draft at hand.
      const compose = isComposing();
      if (compose) composeDrafted.current = true;
      void report(tried, language).then(async (built) => {
        if (built === null) {
          if (compose) composeDrafted.current = false;
          setDraft({ kind: 'idle' });
          return;
        }
        const content = { to, subject: built.subject, html: built.html, text: built.text };
        const outcome = await (compose
          ? turnDraftIntoReport(content)
          : openNewMessage(content, phase.source.kind === 'selected' ? (phase.info?.itemId ?? null) : null));
        if (outcome.kind === 'new-form' || outcome.kind === 'compose-updated') {
          const base =
            outcome.kind === 'compose-updated'
              ? t('draftComposeDone')
              : outcome.attachedBounce || phase.source.kind !== 'selected'
                ? t('draftOpened')
                : t('draftOpenedNoAttachment');
          setDraft({ kind: 'done', message: base });
          return;
        }
        if (compose) composeDrafted.current = false;
        const text = `${built.subject}\n\n${built.text}`;
        const mailto = mailtoLink(content);
        const body = mailto.split('&body=')[1] ?? '';
        let cut = false;
        try {
          cut = decodeURIComponent(body).length < built.text.length;
        } catch {
          cut = true;
        }
        setDraft({ kind: 'fallback', mailto, text, cut });
      });
    },
    [phase, draft, alreadyDrafted, report, say, t],
  );

  const copyReport = useCallback(
    (tried: string, language: string = t.locale): void => {
      void report(tried, language).then(async (built) => {
        if (built === null) return;
        const text = `${built.subject}\n\n${built.text}`;
        const ok = await copyText(text);
        setReportCopy(ok ? { kind: 'copied' } : { kind: 'failed', text });
        say(ok ? t('actionCopyReportDone') : t('actionCopyFailed'));
      });
    },
    [report, copyText, say, t],
  );

  const openReport = useCallback(() => {
    setReportOpen(true);
    // The step appears below the action: move there so the next field is where the user is.
    setTimeout(() => reportRef.current?.focus(), 0);
  }, []);

  const saveHelpdesk = useCallback(async (address: string | null): Promise<boolean> => {
    const ok = await saveUserHelpdesk(address);
    if (ok) setHelpdesk({ address, source: address === null ? 'none' : 'user' });
    return ok;
  }, []);

  const item = currentItem();
  return {
    phase,
    settled,
    stale,
    helpdesk,
    draft: alreadyDrafted && draft.kind !== 'done' ? { kind: 'done', message: t('reportAlreadyDrafted') } : draft,
    reportCopy,
    reportOpen,
    composeForms: composeFormsAvailable(item.kind === 'compose'),
    composing: item.kind === 'compose',
    selectionUnknown: phase.kind === 'result' && phase.source.kind === 'selected' && selectionMayFreeze(phase.info),
    // Outlook may not report a new selection (delivery reports): re-reading stays at hand.
    canReread: phase.kind !== 'loading' && hasMailbox(),
    verdictRef,
    reportRef,
    reread: () => void loadFromOutlook(),
    analyse: (input, source) => void show(input, source, null, null),
    inputError: (message) => {
      showNotice({ intent: 'warning', text: message, next: null, details: [] });
    },
    openReport,
    draftReport,
    copyReport,
    saveHelpdesk,
    copyText,
    announce: say,
  };
}
