/**
 * Chooses one reason per recipient. The order of the checks is the documented precedence (see
 * `precedence.ts` for codes): a reason the format states, then provider tables, then the ordered
 * "strong" pass (code or words), then the code alone, then the "weak" pass of words, then the
 * class of the code. Every verdict carries the evidence that decided it.
 */
import { isClassDefault } from '../codes';
import type { Evidence } from '../types';
import { findFamily } from './families';
import { GENERIC_PHRASES, matchPhrase, PHRASES } from './phrases';
import type { PhraseRule } from './phrases';
import type { Reason } from './reasons';
import { providerReason } from './providers';
import { reasonOfStatus } from './status-map';

export interface ClassifyInput {
  readonly status: string | null;
  readonly replyCode: string | null;
  readonly diagnostic: string;
  readonly command: string | null;
  readonly action: string | null;
  readonly address: string | null;
  readonly remoteMta: string | null;
  readonly reportingMta: string | null;
  /** A reason the decoder read from the format itself. */
  readonly stated: Reason | null;
}

export interface Verdict {
  readonly reason: Reason;
  readonly evidence: Evidence[];
  readonly confidence: number;
}

/** Reasons a decoder may state that are still worth a second look at the text. */
const RETRY: ReadonlySet<Reason> = new Set<Reason>([
  'undefined',
  'onhold',
  'systemerror',
  'securityerror',
  'expired',
  'networkerror',
  'hostunknown',
  'userunknown',
  'mailererror',
]);

/** First pass: the code or the words each decide, in this order. */
const STRONG: readonly Reason[] = [
  'mailboxfull',
  'mesgtoobig',
  'exceedlimit',
  'suspend',
  'hasmoved',
  'norelaying',
  'authfailure',
  'userunknown',
  'filtered',
  'requireptr',
  'notcompliantrfc',
  'badreputation',
  'rejected',
  'notaccept',
  'expired',
  'networkerror',
  'hostunknown',
  'spamdetected',
  'speeding',
  'toomanyconn',
  'blocked',
];

/** Second pass, words only, after the code alone had its say. */
const WEAK: readonly Reason[] = [
  'expired',
  'mailboxfull',
  'authfailure',
  'badreputation',
  'spamdetected',
  'virusdetected',
  'policyviolation',
  'norelaying',
  'systemerror',
  'networkerror',
  'suspend',
  'contenterror',
  'systemfull',
  'notaccept',
  'failedstarttls',
  'securityerror',
  'mailererror',
  'syntaxerror',
];

/** When the userunknown words may be trusted: only a refusal at RCPT names a missing mailbox. */
function wordsCount(reason: Reason, input: ClassifyInput, statusReason: Reason | null): boolean {
  const cmd = input.command;
  // A security/policy code (X.7.x) says the refusal was not about the address, whatever the words.
  const policyCode = input.status?.split('.')[1] === '7';
  switch (reason) {
    case 'userunknown':
      return cmd === 'RCPT' && !policyCode;
    case 'mesgtoobig':
      return statusReason !== 'exceedlimit';
    case 'filtered':
      return cmd !== 'RCPT' && cmd !== 'MAIL';
    case 'rejected':
      if (cmd === 'MAIL') return true;
      if (cmd === 'DATA') return statusReason !== 'userunknown';
      return (
        statusReason === null || ['onhold', 'undefined', 'securityerror', 'systemerror', 'syntaxerror', 'rejected'].includes(statusReason)
      );
    default:
      return true;
  }
}

export function classify(input: ClassifyInput): Verdict {
  const lower = input.diagnostic.toLowerCase();
  const statusReason = reasonOfStatus(input.status);
  const generic = input.status === null || isClassDefault(input.status);

  if (input.stated !== null && !RETRY.has(input.stated)) {
    return { reason: input.stated, evidence: [{ rule: 'format', text: input.stated }], confidence: 0.9 };
  }
  if (input.status?.startsWith('2') === true || input.action === 'delivered' || input.action === 'relayed' || input.action === 'expanded') {
    return { reason: 'delivered', evidence: [{ rule: 'status:2.x.x', text: input.status ?? input.action ?? '' }], confidence: 0.95 };
  }

  if (input.stated !== null) {
    // A stated reason worth a second look: only a specific phrase of another reason overrides it.
    const other = STRONG.find(
      (r) => r !== input.stated && r !== 'filtered' && r !== 'userunknown' && matchPhrase(PHRASES[r], lower) !== null,
    );
    if (other === undefined) return { reason: input.stated, evidence: [{ rule: 'format', text: input.stated }], confidence: 0.8 };
  }
  // Provider detail codes (5.4.312, 5.7.509 …) name one cause precisely: they go first.
  const detail = Number(input.status?.split('.')[2] ?? '0');
  if (statusReason !== null && !generic && detail >= 100) {
    return { reason: statusReason, evidence: [{ rule: `status:${input.status ?? ''}`, text: input.status ?? '' }], confidence: 0.9 };
  }
  // The server's explicit words outrank a class-generic or missing code (precedence.ts, tier 5).
  if (generic) {
    const hit = findFamily(lower, input.command);
    if (hit !== null) return { reason: hit.reason, evidence: [{ rule: `words:${hit.family.id}`, text: hit.text }], confidence: 0.85 };
  }
  const provider = providerReason(input, lower);
  if (provider !== null) return { reason: provider.reason, evidence: [provider.evidence], confidence: 0.9 };

  for (const reason of STRONG) {
    if (!generic && statusReason === reason) {
      // A specific code wins unless the words point elsewhere more strongly (the status code is
      // often the server's default for any refusal at that step).
      if (reason === 'userunknown') {
        const other = (['norelaying', 'blocked', 'mailboxfull', 'hasmoved', 'rejected', 'notaccept', 'filtered', 'speeding'] as const).find(
          (r) => matchPhrase(PHRASES[r], lower) !== null,
        );
        if (other !== undefined) continue;
      }
      return { reason, evidence: [{ rule: `status:${input.status ?? ''}`, text: input.status ?? '' }], confidence: 0.9 };
    }
    if (lower === '') continue;
    let phrase = matchPhrase(PHRASES[reason], lower);
    if (phrase !== null && !wordsCount(reason, input, statusReason)) phrase = null;
    if (phrase === null && reason === 'filtered' && wordsCount('filtered', input, statusReason)) {
      const unknown = matchPhrase(PHRASES.userunknown, lower);
      if (unknown !== null && !(statusReason === 'userunknown' && !generic)) phrase = unknown;
    }
    if (phrase !== null) return { reason, evidence: [{ rule: `phrase:${reason}`, text: phrase }], confidence: 0.8 };
  }

  if (statusReason !== null && generic && lower !== '') {
    for (const reason of WEAK) {
      const phrase = matchPhrase(PHRASES[reason], lower);
      if (phrase !== null) return { reason, evidence: [{ rule: `phrase:${reason}`, text: phrase }], confidence: 0.6 };
    }
  }
  if (statusReason !== null) {
    return {
      reason: statusReason,
      evidence: [{ rule: `status:${input.status ?? ''}`, text: input.status ?? '' }],
      confidence: generic ? 0.5 : 0.8,
    };
  }
  if (lower !== '') {
    for (const reason of WEAK) {
      const phrase = matchPhrase(PHRASES[reason], lower);
      if (phrase !== null) return { reason, evidence: [{ rule: `phrase:${reason}`, text: phrase }], confidence: 0.6 };
    }
  }
  // A refusal at MAIL FROM is about the sender, whatever the words.
  if (input.command === 'MAIL' && lower !== '')
    return { reason: 'rejected', evidence: [{ rule: 'command:MAIL', text: 'MAIL' }], confidence: 0.5 };
  if (lower !== '') {
    for (const [reason, rule] of Object.entries(GENERIC_PHRASES) as Array<[Reason, PhraseRule]>) {
      const phrase = matchPhrase(rule, lower);
      if (phrase !== null) return { reason, evidence: [{ rule: `generic-phrase:${reason}`, text: phrase }], confidence: 0.4 };
    }
  }
  if (input.stated !== null) return { reason: input.stated, evidence: [{ rule: 'format', text: input.stated }], confidence: 0.6 };
  const subject = input.status?.split('.')[1];
  if (subject === '6') return { reason: 'contenterror', evidence: [{ rule: 'class:X.6', text: input.status ?? '' }], confidence: 0.4 };
  if (subject === '7') return { reason: 'securityerror', evidence: [{ rule: 'class:X.7', text: input.status ?? '' }], confidence: 0.4 };
  if (input.action === 'delayed') return { reason: 'expired', evidence: [{ rule: 'action:delayed', text: 'delayed' }], confidence: 0.5 };
  if (input.command === 'HELO' || input.command === 'EHLO') {
    return { reason: 'blocked', evidence: [{ rule: 'command:HELO', text: input.command }], confidence: 0.4 };
  }
  if (input.replyCode !== null && /^50[0-4]$/.test(input.replyCode)) {
    return { reason: 'syntaxerror', evidence: [{ rule: `reply:${input.replyCode}`, text: input.replyCode }], confidence: 0.4 };
  }
  if (lower !== '') return { reason: 'onhold', evidence: [{ rule: 'no-match', text: input.diagnostic.slice(0, 200) }], confidence: 0.2 };
  return { reason: 'undefined', evidence: [], confidence: 0.1 };
}
