/**
 * Readings where the words decide who must act (task P20b, from the vendor reply audit's gaps):
 * Google's reused X.7.2x codes, "try again later" beside login words, a sender's quota against a
 * full mailbox, 5.7.193 and Swedish mailbox-full words. Each reading has a case it reads and a
 * case it must leave alone; the replies are written for these tests in the vendors' wording.
 */
import { classify } from '../../../src/engine/reason/classify';
import type { ClassifyInput } from '../../../src/engine/reason/classify';
import { chooseCodes } from '../../../src/engine/precedence';
import { providersOf } from '../../../src/engine/reason/providers';
import type { Reason } from '../../../src/engine/reason/reasons';

const read = (diagnostic: string, over: Partial<ClassifyInput> = {}): Reason => {
  const codes = chooseCodes(null, diagnostic);
  return classify({
    status: codes.status,
    replyCode: codes.replyCode,
    diagnostic,
    command: null,
    action: 'failed',
    address: 'lee@example.org',
    remoteMta: null,
    reportingMta: null,
    stated: null,
    ...over,
  }).reason;
};

const GMAIL_MX = { remoteMta: 'gmail-smtp-in.l.google.com', address: 'lee@gmail.com', command: 'DATA' } as const;

describe("Google's reused X.7.28: what Google counted decides", () => {
  test.each([
    [
      'the sending IP (blocked)',
      '421-4.7.28 [192.0.2.7] Our system has detected an unusual rate of unsolicited mail originating from your IP address. To protect our users from spam, mail sent from your IP address has been temporarily rate limited. - gsmtp',
      'blocked',
    ],
    [
      'the DKIM domain (badreputation)',
      '421-4.7.28 Gmail has detected an unusual rate of unsolicited mail originating from your DKIM domain example.org. To protect our users from spam, mail sent from your domain has been temporarily rate limited. - gsmtp',
      'badreputation',
    ],
    [
      'a URL domain (spamdetected)',
      '550-5.7.28 Gmail has detected an unusual rate of unsolicited mail containing one of your URL domains. To protect our users from spam, mail with the URL has been blocked. - gsmtp',
      'spamdetected',
    ],
    [
      'only a rate (speeding)',
      '421 4.7.28 Gmail has detected an unusual rate of mail. Mail has been temporarily rate limited. - gsmtp',
      'speeding',
    ],
  ] as const)('from Gmail’s MX, %s', (_name, text, reason) => {
    expect(read(text, GMAIL_MX)).toBe(reason);
  });

  test('Google’s own sentences make a pasted reply Google’s; a mention of gmail.com does not', () => {
    const pasted =
      '550 5.7.28 Unusual rate of unsolicited mail originating from your IP address. To protect our users from spam, mail has been blocked.';
    expect(providersOf({ remoteMta: null, reportingMta: null, address: 'lee@example.org' }, pasted.toLowerCase())).toContain('google');
    expect(read(pasted)).toBe('blocked');
    const other = '550 5.7.28 Mail flood detected for lee@gmail.com from your IP address';
    expect(providersOf({ remoteMta: null, reportingMta: null, address: 'lee@example.org' }, other.toLowerCase())).not.toContain('google');
  });

  test('an X.7.28 that is not Google’s keeps the status map’s reading', () => {
    expect(read('554 5.7.28 Mail flood detected, originating from your IP address', { remoteMta: 'mx.example.net' })).toBe('badreputation');
  });

  test('X.7.29: Google’s TLS words read as failedstarttls; an ARC failure elsewhere stays authfailure', () => {
    expect(
      read(
        '550 5.7.29 This message was not sent over a TLS connection. Gmail requires all bulk email senders to use TLS/SSL for SMTP connections.',
      ),
    ).toBe('failedstarttls');
    expect(read('550 5.7.29 ARC validation failure', { remoteMta: 'mx.example.net' })).toBe('authfailure');
  });
});

describe('"try again later" names no cause: login words beside it win', () => {
  test.each([
    ['454 4.7.0 Too many login attempts from your client, try again later', 'securityerror'],
    ['454 4.7.0 Cannot authenticate right now. Please try again later.', 'securityerror'],
    ['421 4.7.0 Too many auth failures from 192.0.2.1, try again later', 'securityerror'],
  ] as const)('%s -> %s', (text, reason) => {
    expect(read(text, { command: 'CONN' })).toBe(reason);
  });

  test.each([
    ['451 4.3.0 Please try again later', 'systemerror'],
    ['421 Too many connections, try again later', 'toomanyconn'],
  ] as const)('left alone: %s -> %s', (text, reason) => {
    expect(read(text, { command: 'CONN' })).toBe(reason);
  });
});

describe("a quota named as the sender's, or per period, is a sending limit", () => {
  test.each([
    ['550 5.4.6 <lee@example.org>: Recipient address rejected: Sender Daily Quota Exceeded'],
    ['550 5.7.1 Sending quota exceeded for this account'],
    ['451 4.7.1 Hourly quota exceeded, slow down'],
  ])('%s -> speeding', (text) => {
    expect(read(text, { command: 'RCPT' })).toBe('speeding');
  });

  test.each([
    ['552 5.2.2 <lee@example.org>: Mailbox quota exceeded', 'mailboxfull'],
    ['452 4.2.2 Quota exceeded (mailbox for user is full)', 'mailboxfull'],
    // The sender's own full mailbox at submission keeps its 5.2.2 (the code decides).
    ['554 5.2.2 mailbox full; STOREDRV.Submission.Exception:QuotaExceededException; sender daily quota', 'mailboxfull'],
  ] as const)('left alone: %s -> %s', (text, reason) => {
    expect(read(text, { command: 'RCPT' })).toBe(reason);
  });
});

describe('5.7.193: a group closed to outside senders refused this sender', () => {
  test('read as rejected by its code, with no sender words to lean on', () => {
    expect(read('550 5.7.193 UnifiedGroupAgent; Delivery failed because external mail isn’t permitted for this group')).toBe('rejected');
  });

  test('a neighbouring X.7 code with no entry keeps the class reading', () => {
    expect(read('550 5.7.194 UnifiedGroupAgent; Delivery failed')).toBe('securityerror');
  });
});

describe('Swedish mailbox-full words', () => {
  test.each([['550 5.0.0 Mottagarens postlåda är full'], ['452 Postlådan är full, försök igen senare'], ['Mottagarens brevlåda är full']])(
    '%s -> mailboxfull',
    (text) => {
      expect(read(text)).toBe('mailboxfull');
    },
  );

  test('a Swedish "mailbox does not exist" is not read as full', () => {
    expect(read('550 5.1.1 Postlådan finns inte', { command: 'RCPT' })).not.toBe('mailboxfull');
  });
});
