/**
 * The vendors' reply wording (`reason/phrases-vendors.ts`) and their code tables (the vendor
 * blocks at the end of `reason/providers.ts`): each fragment, written into a server line after a
 * class-generic code, is read as its reason; each code is read with no host, as in a forward or a
 * pasted reply; and X.2.1 with rate words reads as a rate (`classify.ts`), without them as before.
 */
import { classify } from '../../../src/engine/reason/classify';
import type { ClassifyInput } from '../../../src/engine/reason/classify';
import { matchPhrase, PHRASES } from '../../../src/engine/reason/phrases';
import { VENDOR_PHRASES } from '../../../src/engine/reason/phrases-vendors';
import { providerCodeReason } from '../../../src/engine/reason/providers';
import type { Reason } from '../../../src/engine/reason/reasons';

/** The SMTP step at which each reason's words are trusted (`wordsCount` in classify.ts). */
const COMMAND: Partial<Record<Reason, ClassifyInput['command']>> = {
  userunknown: 'RCPT',
  rejected: 'MAIL',
  filtered: 'DATA',
  spamdetected: 'DATA',
};

const input = (status: string | null, replyCode: string | null, diagnostic: string, command: ClassifyInput['command']): ClassifyInput => ({
  status,
  replyCode,
  diagnostic,
  command,
  action: 'failed',
  address: 'lee@example.org',
  remoteMta: null,
  reportingMta: null,
  stated: null,
});

const cases = VENDOR_PHRASES.flatMap((group) => [...(group.any ?? [])].map((fragment) => [group.reason, `550 5.0.0 ${fragment}`] as const));

describe('vendor reply phrases', () => {
  test('every group names its source and has fragments', () => {
    for (const group of VENDOR_PHRASES) {
      expect(group.source.length).toBeGreaterThan(20);
      expect((group.any?.length ?? 0) + (group.seq?.length ?? 0)).toBeGreaterThan(0);
      for (const f of group.any ?? []) expect(f).toBe(f.toLowerCase());
    }
  });

  test.each(cases)('%s: %s', (reason, text) => {
    expect(matchPhrase(PHRASES[reason], text.toLowerCase())).not.toBeNull();
    expect(classify(input('5.0.0', '550', text, COMMAND[reason] ?? 'RCPT')).reason).toBe(reason);
  });
});

describe('vendor code tables apply with no host', () => {
  test.each([
    ['421 4.7.0 [TSS04] Messages from 192.0.2.1 temporarily deferred', 'badreputation'],
    ['421 4.7.1 [TS03] All messages from 192.0.2.1 will be permanently deferred', 'blocked'],
    ['554 Message not allowed - [PH01] Email not accepted for policy reasons', 'policyviolation'],
    ['451 VS1-IP Excessive unknown recipients - possible Open Relay (#4.1.8)', 'blocked'],
    ['553 VS99-IP1 deferred', 'blocked'],
    ['550 5.7.1 part of their network is on our block list (S3150).', 'blocked'],
    ['550 SC-004 Mail rejected by Outlook.com for policy reasons.', 'blocked'],
    ['550 DY-002 Mail rejected by Outlook.com for policy reasons.', 'blocked'],
    ['550 OU-001 Mail rejected by Outlook.com for policy reasons.', 'blocked'],
    ['421 RP-001 The mail server IP connecting to Outlook.com server has exceeded the rate limit allowed.', 'badreputation'],
    ['421 RP-003 The mail server IP connecting to Outlook.com server has exceeded the connection limit allowed.', 'toomanyconn'],
    ['554 5.7.1 [HM08] Message rejected due to local policy.', 'policyviolation'],
    ['554 BL000010 listed on Cloudmark CSI', 'blocked'],
    ['554 ES000001 dynamic/residential space', 'blocked'],
  ] as const)('%s -> %s', (text, reason) => {
    expect(providerCodeReason({ remoteMta: null, reportingMta: null, address: 'lee@example.org' }, text.toLowerCase())?.reason).toBe(
      reason,
    );
  });

  test.each([
    // Codes a document gives two causes for, or none, are left to the words.
    '550 SC-001 Mail rejected by Outlook.com for policy reasons.',
    '550 OU-002 Mail rejected by Outlook.com for policy reasons.',
    // A marker inside a word, or digits the table does not list, are not codes.
    '550 5.7.1 tables 000000 and Resources 000001 unavailable',
    '421 4.7.0 [TS09] unknown tag',
  ])('no code read: %s', (text) => {
    expect(providerCodeReason({ remoteMta: null, reportingMta: null, address: 'lee@example.org' }, text.toLowerCase())).toBeNull();
  });
});

describe('X.2.1 with rate words is a rate (classify.ts)', () => {
  test.each([
    ['4.2.1', '450', 'The user you are trying to contact is receiving email too quickly.', 'speeding'],
    [
      '5.2.1',
      '550',
      'The user you are trying to contact is receiving email at a rate that prevents additional messages from being delivered.',
      'speeding',
    ],
    ['4.2.1', '450', 'Mailbox received too much email in a short period of time (G30)', 'speeding'],
    // Without rate words the code keeps its reading (Sisimai 5 SMTP/Status.pm).
    ['4.2.1', '450', 'Mailbox temporarily disabled', 'suspend'],
    ['5.2.1', '550', 'Requested action not taken', 'filtered'],
  ] as const)('%s %s -> %s', (status, reply, words, reason) => {
    expect(classify(input(status, reply, `${reply} ${status} ${words}`, 'RCPT')).reason).toBe(reason);
  });
});
