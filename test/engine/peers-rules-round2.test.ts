/**
 * The rules task P16c added for formats other bounce parsers were written for, second round
 * (PHP-Bounce-Handler's bounce_driver.class.php, BounceParser.pm past its preprocessor list,
 * MailBounceDetector, flanker, mikel/mail): each case is a message written here in this project's
 * own words, shaped as the rule expects, beside the case the rule must leave alone.
 */
import { analyze } from '../../src/engine/analyze';
import type { AnalysisResult } from '../../src/engine';

const HEAD = (from: string, subject: string, extra: readonly string[] = []): string[] => [
  `From: ${from}`,
  'To: m.rossi@contoso.com',
  `Subject: ${subject}`,
  'Date: Wed, 12 Nov 2008 10:41:07 +0100',
  'Message-ID: <t.1@mx.example.org>',
  ...extra,
];

const ORIGINAL = (to: string): string[] => [
  'From: Marta Rossi <m.rossi@contoso.com>',
  `To: ${to}`,
  'Subject: Figures',
  'Message-ID: <fig.1@contoso.com>',
  '',
  'Hello.',
];

async function plain(from: string, subject: string, body: readonly string[], extra: readonly string[] = []): Promise<AnalysisResult> {
  return analyze([...HEAD(from, subject, extra), '', ...body].join('\n'));
}

/** A multipart message: each part is [content-type, body lines]. */
async function multipart(
  from: string,
  subject: string,
  type: string,
  parts: ReadonlyArray<readonly [string, readonly string[]]>,
  extra: readonly string[] = [],
): Promise<AnalysisResult> {
  const lines = [...HEAD(from, subject, extra), 'MIME-Version: 1.0', `Content-Type: ${type}; boundary="b0"`, ''];
  for (const [ct, body] of parts) lines.push('--b0', `Content-Type: ${ct}`, '', ...body, '');
  lines.push('--b0--', '');
  return analyze(lines.join('\n'));
}

const addresses = (r: AnalysisResult): Array<string | null> => r.recipients.map((x) => x.address);

describe('message/xdelivery-status is read as a DSN (BounceParser.pm p_xdelivery_status, XWall)', () => {
  const dsn = ['Reporting-MTA: dns; exch.example.org', '', 'Final-Recipient: rfc822; ana@example.org', 'Action: failed', 'Status: 5.1.1'];
  test.each([['message/xdelivery-status'], ['message/delivery-status']])('%s', async (type) => {
    const r = await multipart('postmaster@exch.example.org', 'Undeliverable: Figures', 'multipart/report; report-type=delivery-status', [
      ['text/plain', ['Your message did not reach some or all of the intended recipients.']],
      [type, dsn],
    ]);
    expect(r.recipients.map((x) => [x.address, x.status])).toEqual([['ana@example.org', '5.1.1']]);
  });
  test('another message/x-… type is not read as one', async () => {
    const r = await multipart('postmaster@exch.example.org', 'Undeliverable: Figures', 'multipart/report; report-type=delivery-status', [
      ['text/plain', ['Your message did not reach some or all of the intended recipients.']],
      ['message/x-status', dsn],
    ]);
    expect(r.recipients.map((x) => x.status)).not.toContain('5.1.1');
  });
});

describe('"Action: expanded" beside a failure (BounceParser.pm)', () => {
  const report = async (groups: readonly string[][]): Promise<AnalysisResult> =>
    multipart('MAILER-DAEMON@mx.example.org', 'Undelivered Mail Returned to Sender', 'multipart/report; report-type=delivery-status', [
      ['text/plain', ['Your message to team@example.org reached the list; see below.']],
      ['message/delivery-status', ['Reporting-MTA: dns; mx.example.org', '', ...groups.flatMap((g) => [...g, ''])]],
    ]);
  const expanded = ['Final-Recipient: rfc822; team@example.org', 'Action: expanded', 'Status: 2.0.0'];
  test('the list address is dropped when a member failed', async () => {
    const r = await report([expanded, ['Final-Recipient: rfc822; ana@example.org', 'Action: failed', 'Status: 5.1.1']]);
    expect(addresses(r)).toEqual(['ana@example.org']);
    expect(r.kind).toBe('bounce');
  });
  test('alone it stays: a delivery report of the expansion', async () => {
    const r = await report([expanded]);
    expect(addresses(r)).toEqual(['team@example.org']);
    expect(r.kind).toBe('delivery-report');
  });
});

describe("the report's paragraph naming a recipient of the returned original (GroupWise 5.2 local names)", () => {
  const gw = async (lines: readonly string[], to: string): Promise<AnalysisResult> =>
    multipart(
      'GroupWise Gateway <gwia@example.net>',
      'Message status - undeliverable',
      'multipart/mixed',
      [
        ['text/plain', lines],
        ['message/rfc822', ORIGINAL(to)],
      ],
      ['Return-Path: <>', 'X-Mailer: Novell GroupWise Internet Agent 5.2'],
    );
  test('each local name takes its own line as diagnostic', async () => {
    const r = await gw(
      ['Delivery could not be completed for these recipients:', '   jmeyer (user not found)', '   pgarcia (mailbox full)', ''],
      'jmeyer@example.net, pgarcia@example.net',
    );
    expect(r.recipients.map((x) => [x.address, x.reason])).toEqual([
      ['jmeyer@example.net', 'userunknown'],
      ['pgarcia@example.net', 'mailboxfull'],
    ]);
  });
  test('a host name that starts with the local part is no mention of it', async () => {
    const r = await gw(
      ['This is the mail system at host jmeyer.example.net.', '', 'Mailbox full for some recipients.'],
      'jmeyer@example.net',
    );
    expect(r.recipients[0]?.diagnosticCode ?? null).toBeNull();
  });
});

describe("the one address a report's delivery sentence names (PHP-Bounce-Handler's last-ditch reading)", () => {
  test.each([
    ['A transient delivery error occurred for <ana@example.net>: the server did not answer.', 'ana@example.net'],
    [
      'The gateway stopped a mail from <m.rossi@contoso.com> to <ana@example.net>: the content filter blocks .EXE attachments.',
      'ana@example.net',
    ],
    ['I could not deliver your message to <ana@example.net>.', 'ana@example.net'],
  ])('%s', async (line, want) => {
    const r = await plain('MAILER-DAEMON@mx.example.org', 'Undelivered mail', [line, '', 'Please check the address.']);
    expect(addresses(r)).toEqual([want]);
  });
  test('an address outside a delivery sentence, or two candidates, name nobody', async () => {
    const a = await plain('MAILER-DAEMON@mx.example.org', 'Undelivered mail', [
      'Mail could not be delivered.',
      'Questions: ask help@example.net',
    ]);
    expect(addresses(a)).toEqual([null]);
    const b = await plain('MAILER-DAEMON@mx.example.org', 'Undelivered mail', [
      'I could not deliver your message to <ana@example.net> or to <bo@example.net>.',
    ]);
    expect(addresses(b)).toEqual([null]);
  });
});

describe('X-Loop: scomp complaint forwards (PHP-Bounce-Handler is_an_ARF)', () => {
  const forward = async (loop: string): Promise<AnalysisResult> =>
    multipart(
      'Spam Complaints <scomp@feedback.example.net>',
      'Client complaint notification',
      'multipart/mixed',
      [
        ['text/plain', ['One of our members marked the attached message as unwanted.']],
        ['message/rfc822', ORIGINAL('ana@example.net')],
      ],
      [`X-Loop: ${loop}`],
    );
  test("is a feedback report about the returned message's recipient", async () => {
    const r = await forward('scomp');
    expect(r.kind).toBe('feedback-report');
    expect(r.recipients.map((x) => [x.address, x.reason])).toEqual([['ana@example.net', 'feedback']]);
  });
  test('another loop marker is not', async () => {
    expect((await forward('list-robot')).kind).not.toBe('feedback-report');
  });
});

describe('address-change notices (BounceParser.pm: address changed / domain retired, and forwarded)', () => {
  test.each([
    ['Please note that my email address has changed to ana@example.com. Your message has been forwarded to it.'],
    ['The domain example.net is being retired. Until then all mail will be forwarded to example.com.'],
  ])('%s', async (line) => {
    const r = await plain('Ana Lima <ana@example.net>', 'Re: Figures', [line], ['Return-Path: <>']);
    expect(r.kind).toBe('auto-reply');
  });
  test('a change without forwarding is not one', async () => {
    const r = await plain(
      'Ana Lima <ana@example.net>',
      'Re: Figures',
      ['My email address has changed; please update your address book.'],
      ['Return-Path: <>'],
    );
    expect(r.kind).not.toBe('auto-reply');
  });
});

describe('text-only delivery confirmations (BounceParser.pm $Not_An_Error "was delivered to the following recipient")', () => {
  const notice = (verb: string): string[] => [
    'Your message',
    '',
    '  To:      ana@example.com',
    '  Subject: Figures',
    '',
    `${verb} to the following recipient:`,
    '',
    '  Ana Lima on Wed, 12 Nov 2008 10:41:02 +0100',
  ];
  test('is a delivery report for the To line above the sentence', async () => {
    const r = await plain('postmaster@example.com', 'Delivered: Figures', notice('was delivered'));
    expect(r.kind).toBe('delivery-report');
    expect(r.recipients.map((x) => [x.address, x.reason])).toEqual([['ana@example.com', 'delivered']]);
  });
  test('a notice that says "could not be delivered" is not one', async () => {
    const r = await plain('postmaster@example.com', 'Undeliverable: Figures', notice('could not be delivered'));
    expect(r.kind).toBe('bounce');
  });
});
