/**
 * Chooses one reason per recipient: one rule per tier of `REASON_PRECEDENCE` (precedence.ts),
 * run in that order; the first rule that yields a reason decides. Every verdict carries the
 * evidence that decided it.
 */
import { isClassDefault } from '../codes';
import type { Evidence } from '../types';
import { findFamily } from './families';
import { REASON_PRECEDENCE } from '../precedence';
import type { ReasonTier } from '../precedence';
import { GENERIC_PHRASES, matchPhrase, PHRASES, RETRY_HINTS, SENDING_QUOTA } from './phrases';
import type { PhraseRule } from './phrases';
import type { Reason } from './reasons';
import { providerCodeReason, providerReason } from './providers';
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
  /** False when no family decoder read the recipient (the generic or structural reader did). */
  readonly familyKnown?: boolean;
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
  // A specific security/policy code (X.7.x) says the refusal was not about the address, whatever
  // the words; a class-generic one (X.7.0, X.7.1) yields to the words (precedence.ts, tier B).
  const policyCode = input.status?.split('.')[1] === '7' && !isClassDefault(input.status);
  switch (reason) {
    case 'userunknown':
      // With no command, a bounce no family decoder claimed has no convention that turns address
      // words into a filter's verdict: its words mean what they say (as for the phrase families).
      return (cmd === 'RCPT' || (cmd === null && input.familyKnown === false)) && !policyCode;
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

/** What every tier may read: the input and what is derived from it once. */
interface Facts {
  readonly input: ClassifyInput;
  readonly lower: string;
  readonly statusReason: Reason | null;
  /** True when the status is absent or a class default (`isClassDefault`). */
  readonly generic: boolean;
}

type Tier = (f: Facts) => Verdict | null;

const byStatus = (f: Facts, confidence: number): Verdict => ({
  reason: f.statusReason ?? 'undefined',
  evidence: [{ rule: `status:${f.input.status ?? ''}`, text: f.input.status ?? '' }],
  confidence,
});

const weakWords = (f: Facts): Verdict | null => {
  if (f.lower === '') return null;
  let hint: Verdict | null = null;
  for (const reason of WEAK) {
    const phrase = matchPhrase(PHRASES[reason], f.lower);
    if (phrase === null) continue;
    const verdict: Verdict = { reason, evidence: [{ rule: `phrase:${reason}`, text: phrase }], confidence: 0.6 };
    // "try again later" (a systemerror phrase) says when to retry, not why: the login or
    // authentication words of "454 4.7.0 Too many login attempts, please try again later" (Gmail,
    // vendor-replies audit) name the cause, so a later weak reason's words win over the hint.
    if (RETRY_HINTS.includes(phrase)) {
      hint ??= verdict;
      continue;
    }
    return verdict;
  }
  return hint;
};

/** One rule per tier of `REASON_PRECEDENCE`; the order lives there. */
const TIERS: Readonly<Record<ReasonTier, Tier>> = {
  stated: ({ input }) =>
    input.stated !== null && !RETRY.has(input.stated)
      ? { reason: input.stated, evidence: [{ rule: 'format', text: input.stated }], confidence: 0.9 }
      : null,
  delivered: ({ input }) =>
    input.status?.startsWith('2') === true || input.action === 'delivered' || input.action === 'relayed' || input.action === 'expanded'
      ? { reason: 'delivered', evidence: [{ rule: 'status:2.x.x', text: input.status ?? input.action ?? '' }], confidence: 0.95 }
      : null,
  'stated-recheck': ({ input, lower }) => {
    if (input.stated === null) return null;
    const other = STRONG.find(
      (r) => r !== input.stated && r !== 'filtered' && r !== 'userunknown' && matchPhrase(PHRASES[r], lower) !== null,
    );
    return other === undefined ? { reason: input.stated, evidence: [{ rule: 'format', text: input.stated }], confidence: 0.8 } : null;
  },
  'provider-code': (f) => {
    const detail = Number(f.input.status?.split('.')[2] ?? '0');
    if (f.statusReason !== null && !f.generic && detail >= 100) return byStatus(f, 0.9);
    const own = providerCodeReason(f.input, f.lower);
    return own === null ? null : { reason: own.reason, evidence: [own.evidence], confidence: 0.9 };
  },
  'explicit-words': ({ input, lower, generic }) => {
    if (!generic) return null;
    const hit = findFamily(lower, input.command, input.familyKnown ?? true, input.status);
    return hit === null ? null : { reason: hit.reason, evidence: [{ rule: `words:${hit.family.id}`, text: hit.text }], confidence: 0.85 };
  },
  'provider-table': ({ input, lower }) => {
    const provider = providerReason(input, lower);
    return provider === null ? null : { reason: provider.reason, evidence: [provider.evidence], confidence: 0.9 };
  },
  specific: (f) => {
    const { input, lower, statusReason, generic } = f;
    for (const reason of STRONG) {
      if (!generic && statusReason === reason) {
        // A specific code wins unless the words point elsewhere more strongly (the status code is
        // often the server's default for any refusal at that step).
        if (reason === 'userunknown') {
          const other = (
            ['norelaying', 'blocked', 'mailboxfull', 'hasmoved', 'rejected', 'notaccept', 'filtered', 'speeding'] as const
          ).find((r) => matchPhrase(PHRASES[r], lower) !== null);
          if (other !== undefined) continue;
        }
        // X.2.1 is "mailbox disabled" (RFC 3463), and also what Google, Rackspace and others write
        // when a mailbox receives mail too fast ("450 4.2.1 The user you are trying to contact is
        // receiving email too quickly", vendor-replies audit): the words name the rate.
        if (
          (reason === 'suspend' || reason === 'filtered') &&
          input.status?.slice(1) === '.2.1' &&
          matchPhrase(PHRASES.speeding, lower) !== null
        ) {
          continue;
        }
        return byStatus(f, 0.9);
      }
      if (lower === '') continue;
      let phrase = matchPhrase(PHRASES[reason], lower);
      if (phrase !== null && !wordsCount(reason, input, statusReason)) phrase = null;
      // "Sender Daily Quota Exceeded": a quota the words name as the sender's, or counted per day
      // or hour, is a sending limit (speeding, as 5.1.90 is read), not the recipient's full mailbox;
      // read before the code of the step (5.4.6 here is the vendor's, not a routing loop).
      if (phrase !== null && (reason === 'mailboxfull' || reason === 'exceedlimit')) {
        const sending = matchPhrase(SENDING_QUOTA, lower);
        if (sending !== null) return { reason: 'speeding', evidence: [{ rule: 'phrase:speeding', text: sending }], confidence: 0.8 };
      }
      if (phrase === null && reason === 'filtered' && wordsCount('filtered', input, statusReason)) {
        const unknown = matchPhrase(PHRASES.userunknown, lower);
        if (unknown !== null && !(statusReason === 'userunknown' && !generic)) phrase = unknown;
      }
      if (phrase !== null) return { reason, evidence: [{ rule: `phrase:${reason}`, text: phrase }], confidence: 0.8 };
    }
    return null;
  },
  'words-over-class-default': (f) => (f.statusReason !== null && f.generic ? weakWords(f) : null),
  code: (f) => (f.statusReason !== null ? byStatus(f, f.generic ? 0.5 : 0.8) : null),
  words: weakWords,
  'command-mail': ({ input, lower }) =>
    input.command === 'MAIL' && lower !== ''
      ? { reason: 'rejected', evidence: [{ rule: 'command:MAIL', text: 'MAIL' }], confidence: 0.5 }
      : null,
  'generic-words': ({ lower }) => {
    if (lower === '') return null;
    for (const [reason, rule] of Object.entries(GENERIC_PHRASES) as Array<[Reason, PhraseRule]>) {
      const phrase = matchPhrase(rule, lower);
      if (phrase !== null) return { reason, evidence: [{ rule: `generic-phrase:${reason}`, text: phrase }], confidence: 0.4 };
    }
    return null;
  },
  'stated-fallback': ({ input }) =>
    input.stated !== null ? { reason: input.stated, evidence: [{ rule: 'format', text: input.stated }], confidence: 0.6 } : null,
  class: ({ input }) => {
    const subject = input.status?.split('.')[1];
    if (subject === '6') return { reason: 'contenterror', evidence: [{ rule: 'class:X.6', text: input.status ?? '' }], confidence: 0.4 };
    if (subject === '7') return { reason: 'securityerror', evidence: [{ rule: 'class:X.7', text: input.status ?? '' }], confidence: 0.4 };
    if (input.action === 'delayed') return { reason: 'expired', evidence: [{ rule: 'action:delayed', text: 'delayed' }], confidence: 0.5 };
    return null;
  },
  'command-helo': ({ input }) =>
    input.command === 'HELO' || input.command === 'EHLO'
      ? { reason: 'blocked', evidence: [{ rule: 'command:HELO', text: input.command }], confidence: 0.4 }
      : null,
  'reply-code': ({ input }) =>
    input.replyCode !== null && /^50[0-4]$/.test(input.replyCode)
      ? { reason: 'syntaxerror', evidence: [{ rule: `reply:${input.replyCode}`, text: input.replyCode }], confidence: 0.4 }
      : null,
  onhold: ({ input, lower }) =>
    lower !== '' ? { reason: 'onhold', evidence: [{ rule: 'no-match', text: input.diagnostic.slice(0, 200) }], confidence: 0.2 } : null,
};

export function classify(input: ClassifyInput): Verdict {
  const facts: Facts = {
    input,
    lower: input.diagnostic.toLowerCase(),
    statusReason: reasonOfStatus(input.status),
    generic: input.status === null || isClassDefault(input.status),
  };
  for (const tier of REASON_PRECEDENCE) {
    const verdict = TIERS[tier](facts);
    if (verdict !== null) return verdict;
  }
  return { reason: 'undefined', evidence: [], confidence: 0.1 };
}
