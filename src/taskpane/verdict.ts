/**
 * Pure decisions the pane makes about a verdict: the order of the causes, which one action leads,
 * the code shown under each title, and the technical details in words. No React, no Office: the
 * component tests and the render share these.
 */
import type { AnalysisResult, Explained, ExplanationGroup, Owner, RecipientResult } from '../engine';
import type { Translator } from './strings';

/** Who must act, most pressing first: IT can unblock everyone, then what the user fixes, … */
export const OWNER_ORDER: readonly Owner[] = ['your-it', 'you', 'recipient-side', 'wait', 'none'];

export type ActionKind = 'draft-report' | 'copy-report' | 'fix-address' | 'tell-recipient' | 'wait' | 'none';

/** How many recipients a card lists before "and N more". */
export const RECIPIENTS_SHOWN = 25;
/** How many causes the summary lists before "and N more". */
export const CAUSES_SHOWN = 5;

/** Groups ordered by who must act (stable within an owner). */
export function orderGroups(groups: readonly ExplanationGroup[]): ExplanationGroup[] {
  return groups
    .map((g, i) => ({ g, i }))
    .sort((a, b) => OWNER_ORDER.indexOf(a.g.explanation.owner) - OWNER_ORDER.indexOf(b.g.explanation.owner) || a.i - b.i)
    .map((x) => x.g);
}

/**
 * The one primary action, chosen by who must act on the leading cause. Where Outlook cannot open
 * a compose form (phones, old clients: the requirement sets say so up front) copying the report
 * leads instead of a button that would fail after the press.
 */
export function primaryActionKind(owner: Owner | null, composeForms: boolean): ActionKind {
  switch (owner) {
    case 'your-it':
      return composeForms ? 'draft-report' : 'copy-report';
    case 'you':
      return 'fix-address';
    case 'recipient-side':
      return 'tell-recipient';
    case 'wait':
      return 'wait';
    default:
      return 'none';
  }
}

/** A summary is shown when there is more than one recipient or more than one cause. */
export function needsSummary(result: AnalysisResult, explained: Explained): boolean {
  return explained.groups.length > 1 || result.recipients.length > 1;
}

function recipientsOf(result: AnalysisResult, group: ExplanationGroup): RecipientResult[] {
  return group.recipients.map((i) => result.recipients[i]).filter((r): r is RecipientResult => r !== undefined);
}

/** `550 5.7.367` for one recipient; distinct codes of a group joined; null when the bounce gave none. */
export function codeOf(r: RecipientResult): string | null {
  const parts = [r.replyCode, r.status].filter((c): c is string => c !== null && c !== '');
  return parts.length === 0 ? null : parts.join(' ');
}

export function groupCode(result: AnalysisResult, group: ExplanationGroup): string | null {
  const codes = [
    ...new Set(
      recipientsOf(result, group)
        .map(codeOf)
        .filter((c): c is string => c !== null),
    ),
  ];
  return codes.length === 0 ? null : codes.slice(0, 3).join(', ');
}

export function groupAddresses(result: AnalysisResult, group: ExplanationGroup): string[] {
  return recipientsOf(result, group)
    .map((r) => r.address)
    .filter((a): a is string => a !== null);
}

/** The corrected address for a misspelt domain (`robin@gmial.com` → `robin@gmail.com`), if the engine suggested one. */
export function correctedAddress(result: AnalysisResult, group: ExplanationGroup): { address: string; corrected: string } | null {
  const suggestion = group.explanation.facts.suggestion;
  const address = groupAddresses(result, group)[0];
  if (suggestion === undefined || suggestion === '' || address === undefined) return null;
  const at = address.lastIndexOf('@');
  if (at <= 0) return null;
  return { address, corrected: `${address.slice(0, at)}@${suggestion}` };
}

/** The SMTP command a refusal came after, as the verb the message catalogue words. */
function commandVerb(command: string): string {
  const verb = command.trim().split(/\s/, 1)[0]?.toUpperCase() ?? '';
  if (verb === 'MAIL' || verb === 'RCPT' || verb === 'DATA') return verb;
  return command.trim();
}

/** Technical details per recipient, in words: no internal rule or reason names (those stay in the CLI's JSON). */
export function technicalLines(t: Translator, result: AnalysisResult, group: ExplanationGroup, limit = RECIPIENTS_SHOWN): string[][] {
  // Only the recipients the card lists: worded details for thousands would hold up the pane's
  // thread (the report to IT carries the rest).
  return recipientsOf(result, group)
    .slice(0, limit)
    .map((r) => {
      const lines = [t('techRecipient', { address: r.address ?? t('unknownValue') })];
      const code = codeOf(r);
      lines.push(code === null ? t('noCode') : t('techCode', { code }));
      if (r.diagnosticCode !== null) lines.push(t('techServerSaid', { text: r.diagnosticCode }));
      if (r.remoteMta !== null) lines.push(t('techRemote', { host: r.remoteMta }));
      if (r.reportingMta !== null) lines.push(t('techReporting', { host: r.reportingMta }));
      if (r.smtpCommand !== null) lines.push(t('techCommand', { command: commandVerb(r.smtpCommand) }));
      // The evidence's verbatim fragment is worth showing; its rule id is not.
      const fragments = [
        ...new Set(r.evidence.map((e) => e.text.trim()).filter((x) => x !== '' && x !== r.diagnosticCode && !/^[\d. ]+$/.test(x))),
      ];
      for (const text of fragments.slice(0, 3)) lines.push(t('techEvidence', { text }));
      return lines;
    });
}

/** A link's visible name: host and page, so two links to one site are told apart. */
export function linkLabel(t: Translator, href: string): string {
  try {
    const u = new URL(href);
    const last =
      u.pathname
        .split('/')
        .filter((p) => p !== '')
        .pop() ?? '';
    let page = last;
    try {
      page = decodeURIComponent(last);
    } catch {
      // keep it as it is
    }
    page = page
      .replace(/\.[a-z]{2,5}$/i, '')
      .replace(/[-_]+/g, ' ')
      .trim();
    return page === '' ? u.hostname : t('linkLabel', { host: u.hostname, page });
  } catch {
    return href;
  }
}
