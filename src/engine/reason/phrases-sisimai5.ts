/**
 * Phrases from Sisimai 5's reason rule lists (`lib/Sisimai/Reason/*.pm`, index and in-order
 * "pairs"), ported as facts per the lead's decision on issue #15: public bounces are largely
 * labelled the way those rules read them. Only what `OWN_PHRASES` in `phrases.ts` did not already
 * cover is here (each fragment was checked against our lists for the same reason), and nothing
 * another reason of ours already claims: where two lists overlap, our precedence decides.
 * Sisimai's in-order pairs are our `seq` (fragments in order, plain substrings), so matching
 * stays linear. Left out on purpose: "spam reporting address" under spamdetected (Sisimai 5's
 * Rejected.pm carries it; a recipient who marked earlier mail as spam is about the sender), and
 * Filtered.pm's "resolver.rst.notauthorized", which Microsoft documents as a sender not allowed
 * to write to that recipient (rejected, in the Microsoft table of `providers.ts`).
 *
 * `test/engine/reason/sisimai5-phrases.test.ts` checks that every fragment here is read, with a
 * class-generic code, as its reason when it is the whole server text.
 */
import type { PhraseRule } from './phrases';
import type { Reason } from './reasons';

/** A phrase rule with where its fragments come from (the type import is erased: no import cycle at run time). */
export interface SourcedPhraseRule extends PhraseRule {
  /** Where the fragments come from. */
  readonly source: string;
}

export const SISIMAI5_PHRASES: Readonly<Partial<Record<Reason, SourcedPhraseRule>>> = {
  userunknown: {
    source: 'Sisimai 5 Reason::UserUnknown, rule list (index and in-order pairs)',
    any: [
      'mailbox unavaiable',
      'not email addresses',
      'recipient address rejected. (in reply to rcpt to command)',
      'recipient address rejected: invalid-recipient',
      'recipient address rejected: userunknown',
      'recipient is not accepted',
      'unknown mailbox',
    ],
    seq: [
      ['<', '> not found'],
      ['<', '>... blocked by '],
      ['bad', 'recipient'],
      ['no ', ' in name directory'],
      ['rcpt <', ' does not exist'],
      ['rcpt (', 't exist '],
      ['recipient ', ' was not found in'],
      ['unknown e', 'mail address'],
      ['unknown local', 'part'],
      ['user ', ' was not found'],
      ['user (', ') unknown'],
    ],
  },
  blocked: {
    source: 'Sisimai 5 Reason::Blocked, rule list (index and in-order pairs)',
    any: ['go away', 'refused - see http', 'rejected because the sending mta or the sender has not passed validation', 'was blocked by '],
    seq: [
      ['(', '@', ':blocked)'],
      ['access from ip address ', ' blocked'],
      ['ip ', ' is blocked by earthlink'],
      ['mail server at ', ' is blocked'],
      ['mail from ', ' refused:'],
      ['messages from ', ' temporarily deferred due to user complaints'],
      ['veuillez essayer plus tard. service refused, please try later. ', '103'],
      ['veuillez essayer plus tard. service refused, please try later. ', '510'],
      ["your sender's ip address is listed at ", '.abuseat.org'],
    ],
  },
  rejected: {
    source: 'Sisimai 5 Reason::Rejected, rule list (index and in-order pairs)',
    any: [
      'badsendermx',
      'has an outgoing mail suspension',
      'not member article from ',
      'sending this from a different address or alias using the ',
      'sendernoa',
      'spam reporting address',
      'too many spam complaints',
    ],
    seq: [
      ['after end of data:', '.', ' does not exist'],
      ['after mail from:', '.', ' does not exist'],
      ['email address ', 'is not '],
      ['reject mail from ', '@'],
      ['sender is', ' list'],
    ],
  },
  hostunknown: {
    source: 'Sisimai 5 Reason::HostUnknown, rule list (index and in-order pairs)',
    any: ['mail domain mentioned in email address is unknown'],
    seq: [['553 ', ' does not exist']],
  },
  securityerror: {
    source: 'Sisimai 5 Reason::SecurityError, rule list (index and in-order pairs)',
    seq: [['authentification invalide', '305']],
  },
  expired: {
    source: 'Sisimai 5 Reason::Expired, rule list (index and in-order pairs)',
    any: ['unable to deliver message after multiple retries'],
  },
  spamdetected: {
    source: 'Sisimai 5 Reason::SpamDetected, rule list (index and in-order pairs)',
    any: [
      '"the mail server detected your message as spam and has prevented delivery."',
      'block for spam',
      'blocked for abuse. see http://att.net/blocks',
      'high probability of spam',
      '//mail.163.com/help/help_spam_16.htm',
      'may consider spam',
      'our email server thinks this email is spam',
      'rejected due to spam url in classification',
      'rejected due to spam url in content',
      'sending address not accepted due to spam filter',
      'spam check',
      'spam email',
      'spam not accepted',
      'spam rejection',
      'spambouncer identified spam',
      'spamming not allowed',
      'too much spam.',
      'the message has been rejected by spam filtering engine',
      'the content of this message looked like spam',
      'this message appears to be spam',
      'this message has been scored as spam with a probability',
      'we dont accept spam',
      'your email appears similar to spam we have received before',
      'your email breaches local uribl policy',
      'your email is considered spam',
      'your email is probably spam',
      'your message as spam and has prevented delivery',
      'your message has been rejected because it appears to be spam',
      'your message has triggered a spam block',
      'your message failed several antispam checks',
    ],
    seq: [
      ['our filters rate at and above ', ' percent probability of being spam'],
      ['rejected by ', ' (spam)'],
      ['spam ', ' exceeded'],
    ],
  },
  mailererror: {
    source: 'Sisimai 5 Reason::MailerError, rule list (index)',
    any: [' || exit ', 'bin/maidrop'],
  },
};
