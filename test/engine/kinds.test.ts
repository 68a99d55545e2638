/**
 * Kinds of message: automatic replies in ten languages (RFC 3834 headers, or only the usual
 * subjects and sentences), read receipts (RFC 8098), challenge-response systems, and delay notices
 * against final failures decided by the per-recipient Action and Status before the subject.
 */
import { analyze } from '../../src/engine/analyze';
import { LANGUAGES } from '../../src/engine/lexicon';
import type { LanguageLexicon } from '../../src/engine/lexicon';

/** The ten languages issue #15 names, by their lexicon files. */
const TEN = ['en', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'pl', 'ja', 'zh-CN'];
const LEXICONS: ReadonlyArray<LanguageLexicon> = LANGUAGES.filter((l) => TEN.includes(l.lang));
const first = (l: LanguageLexicon, role: 'autoReplySubject' | 'autoReplySentence'): string => l[role]?.[0]?.text ?? '';

const crlf = (s: string): string => s.replace(/\n/g, '\r\n');

function plain(subject: string, body: string, extra = ''): string {
  return crlf(`From: Jan Kowalski <jan@example.pl>
To: alice@example.org
Subject: ${subject}
Date: Mon, 14 Mar 2011 08:00:00 +0000
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
${extra}
${body}
`);
}

describe('automatic replies', () => {
  test('all ten languages have auto-reply words', () => {
    expect(LEXICONS.map((l) => l.lang).sort()).toEqual([...TEN].sort());
    for (const l of LEXICONS)
      expect([l.lang, first(l, 'autoReplySubject') !== '', first(l, 'autoReplySentence') !== '']).toEqual([l.lang, true, true]);
  });

  test.each(LEXICONS.map((l) => [l.lang, l] as const))('%s: the usual subject, no RFC 3834 header', async (_lang, l) => {
    const subject = first(l, 'autoReplySubject');
    const r = await analyze(plain(`${subject} Re: offer`, 'Back on Monday.'));
    expect(r.kind).toBe('auto-reply');
    expect(r.recipients.map((x) => x.address)).toEqual(['jan@example.pl']);
    expect(r.recipients[0]?.reason).toBe('vacation');
  });

  test.each(LEXICONS.map((l) => [l.lang, l] as const))('%s: only the sentence says it', async (_lang, l) => {
    const r = await analyze(plain('Re: offer', `${first(l, 'autoReplySentence')} 2024-05-01.`));
    expect(r.kind).toBe('auto-reply');
  });

  test('RFC 3834 header alone', async () => {
    const r = await analyze(plain('Re: offer', 'Thanks for your message.', 'Auto-Submitted: auto-replied\n'));
    expect(r.kind).toBe('auto-reply');
    expect(r.detection.verdict).toBe('auto-reply');
  });

  test('an ordinary reply is no report at all', async () => {
    const r = await analyze(plain('Re: offer', 'Sounds good, see you on Monday.'));
    expect(r.kind).toBe('not-bounce');
    expect(r.detection.verdict).toBe('none');
  });

  test('a person writing about an undeliverable parcel is not a bounce (words alone are no structure)', async () => {
    const r = await analyze(
      plain(
        'RE: Shipment 4471 returned as undeliverable',
        'The courier returned it as undeliverable. Her email bounced with "delivery failed", is returns@example.org still in use?',
      ),
    );
    expect(r.detection.verdict).toBe('none');
    expect(r.kind).toBe('not-bounce');
  });

  test('a challenge-response system (Boxbe) is an automatic reply, not a bounce', async () => {
    const r = await analyze(
      crlf(`From: "Bob via Boxbe" <notify@boxbe.com>
To: alice@example.org
Subject: Request to join Bob's Guest List
Date: Mon, 14 Mar 2011 08:00:00 +0000

Hello alice@example.org,

Your message to bob@example.net is waiting for delivery.
To get your message delivered, please click the link below to add yourself to Bob's Guest List.
`),
    );
    expect(r.kind).toBe('auto-reply');
    expect(r.detection.verdict).toBe('challenge');
    expect(r.decoders).toEqual(['challenge-response']);
  });
});

describe('read receipts (RFC 8098)', () => {
  test('an MDN is a delivery report for its Final-Recipient, not a bounce', async () => {
    const r = await analyze(
      crlf(`From: bob@example.net
To: alice@example.org
Subject: Read: minutes
Date: Mon, 14 Mar 2011 08:00:00 +0000
MIME-Version: 1.0
Content-Type: multipart/report; report-type=disposition-notification; boundary="b1"

--b1
Content-Type: text/plain

The message sent on 2011-03-14 to bob@example.net with subject "minutes" has been displayed.

--b1
Content-Type: message/disposition-notification

Reporting-UA: mail.example.net; Mailer 1.0
Final-Recipient: rfc822;bob@example.net
Original-Message-ID: <123@example.org>
Disposition: manual-action/MDN-sent-manually; displayed

--b1--
`),
    );
    expect(r.kind).toBe('delivery-report');
    expect(r.detection.verdict).toBe('disposition');
    expect(r.recipients.map((x) => [x.address, x.reason, x.action])).toEqual([['bob@example.net', 'delivered', 'delivered']]);
  });

  test.each(['Read: minutes', 'Gelesen: Protokoll', 'Lu : compte rendu', 'Leído: acta', '已读: 会议纪要'])(
    'a text-only receipt ("%s") is a delivery report from its reader',
    async (subject) => {
      const r = await analyze(plain(subject, 'Your message was read on Monday.'));
      expect(r.kind).toBe('delivery-report');
      expect(r.recipients.map((x) => x.address)).toEqual(['jan@example.pl']);
    },
  );
});

function dsn(subject: string, action: string, status: string, diagnostic: string): string {
  return crlf(`Return-Path: <>
From: MAILER-DAEMON@mx.example.net (Mail Delivery System)
To: alice@example.org
Subject: ${subject}
Date: Mon, 14 Mar 2011 08:00:00 +0000
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="b2"

--b2
Content-Type: text/plain

This is the mail system at host mx.example.net.

--b2
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.example.net

Final-Recipient: rfc822; bob@example.com
Action: ${action}
Status: ${status}
Diagnostic-Code: smtp; ${diagnostic}

--b2--
`);
}

describe('delay or failure: Action and Status first, the subject last', () => {
  test('Action: delayed under a failure subject is a delay notice', async () => {
    const r = await analyze(dsn('Undelivered Mail Returned to Sender', 'delayed', '4.4.1', '421 4.4.1 connection timed out'));
    expect(r.kind).toBe('warning');
  });
  test('Action: failed under a warning subject is a failure', async () => {
    const r = await analyze(dsn('Delayed Mail (still being retried)', 'failed', '5.1.1', '550 5.1.1 user unknown'));
    expect(r.kind).toBe('bounce');
  });
  test('with no Action, a permanent status under a warning subject is a failure', async () => {
    const r = await analyze(
      crlf(`From: MAILER-DAEMON@mx.example.net
To: alice@example.org
Subject: Warning: could not send message for past 4 hours
Date: Mon, 14 Mar 2011 08:00:00 +0000

<bob@example.com>: host mx.example.com[192.0.2.9] said: 550 5.1.1 <bob@example.com>: Recipient address rejected: User unknown (in reply to RCPT TO command)
`),
    );
    expect(r.kind).toBe('bounce');
  });
});
