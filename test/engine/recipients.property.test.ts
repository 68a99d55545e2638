/**
 * Properties of recipient extraction (issue #15 item 6):
 * - adding a returned original with random addresses in its To, Cc and body never adds a recipient;
 * - wrapping a bounce in a Forward (Outlook's or Gmail's header block) keeps its recipients.
 * The bounces are synthetic, in the layouts of common MTAs and of family-less free text.
 */
import fc from 'fast-check';
import { analyze } from '../../src/engine/analyze';

const crlf = (s: string): string => s.replace(/\r?\n/g, '\r\n');

interface Base {
  readonly name: string;
  readonly recipients: readonly string[];
  readonly headers: string;
  /** The report's human text. */
  readonly text: string;
  /** Builds the whole message around an original (null: none). */
  readonly build: (original: string | null) => string;
}

const HEAD = (subject: string): string => `Return-Path: <>
From: Mail Delivery System <MAILER-DAEMON@mx.example.net>
To: alice@example.org
Subject: ${subject}
Date: Mon, 14 Mar 2011 08:00:00 +0000
`;

const POSTFIX_TEXT = `This is the mail system at host mx.example.net.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<bob@example.com>: host mx.example.com[192.0.2.9] said: 550 5.1.1
    <bob@example.com>: Recipient address rejected: User unknown (in reply to
    RCPT TO command)

<carol@example.net>: host mx.example.net[192.0.2.10] said: 552 5.2.2
    Mailbox full (in reply to RCPT TO command)
`;

const EXIM_TEXT = `This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  bob@example.com
    SMTP error from remote mail server after RCPT TO:<bob@example.com>:
    550 5.1.1 User unknown
`;

const GROUPWISE_TEXT = `The message that you sent was undeliverable to the following:
	jsmith@gw.example.edu (user not found)
`;

const BASES: readonly Base[] = [
  {
    name: 'Postfix with a DSN part and an attached original',
    recipients: ['bob@example.com', 'carol@example.net'],
    headers: HEAD('Undelivered Mail Returned to Sender'),
    text: POSTFIX_TEXT,
    build: (original) =>
      `${HEAD('Undelivered Mail Returned to Sender')}MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="B1"

--B1
Content-Type: text/plain

${POSTFIX_TEXT}
--B1
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.example.net

Final-Recipient: rfc822; bob@example.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 <bob@example.com>: Recipient address rejected: User unknown

Final-Recipient: rfc822; carol@example.net
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 Mailbox full
${original === null ? '' : `\n--B1\nContent-Type: message/rfc822\n\n${original}`}
--B1--
`,
  },
  {
    name: 'Exim with the original inline',
    recipients: ['bob@example.com'],
    headers: HEAD('Mail delivery failed: returning message to sender'),
    text: EXIM_TEXT,
    build: (original) =>
      `${HEAD('Mail delivery failed: returning message to sender')}
${EXIM_TEXT}${original === null ? '' : `\n------ This is a copy of the message, including all the headers. ------\n\n${original}`}`,
  },
  {
    name: 'GroupWise free text (no family)',
    recipients: ['jsmith@gw.example.edu'],
    headers: HEAD('Message status - undeliverable'),
    text: GROUPWISE_TEXT,
    build: (original) =>
      `${HEAD('Message status - undeliverable')}
${GROUPWISE_TEXT}${original === null ? '' : `\nPossibly truncated original message follows:\n\n${original}`}`,
  },
];

const label = fc.stringMatching(/^[a-z][a-z0-9]{0,8}$/);
const address = fc.tuple(label, label, fc.constantFrom('example', 'test', 'invalid')).map(([l, d, t]) => `${l}@${d}.${t}`);

/** Lines of an original's body that name addresses the way mail bodies do, some looking like SMTP replies. */
const bodyLine = fc
  .tuple(address, fc.integer({ min: 0, max: 5 }))
  .map(
    ([a, k]) =>
      [
        `${a}`,
        `Hi <${a}>,`,
        `550 5.1.1 <${a}>: Recipient address rejected: User unknown`,
        `<${a}>: host mx.example.com said: 550 no such user`,
        `On Monday ${a} wrote:`,
        `To unsubscribe send mail to ${a.replace('@', '-request@')}`,
      ][k] ?? a,
  );

const original = fc
  .record({
    to: fc.array(address, { minLength: 1, maxLength: 4 }),
    cc: fc.array(address, { maxLength: 4 }),
    body: fc.array(bodyLine, { maxLength: 8 }),
  })
  .map(
    ({ to, cc, body }) =>
      `From: alice@example.org\nTo: ${to.join(', ')}\n${cc.length > 0 ? `Cc: ${cc.join(', ')}\n` : ''}Subject: hello\nMessage-ID: <1@example.org>\n\n${body.join('\n')}\n`,
  );

const addresses = async (eml: string): Promise<string[]> =>
  (await analyze(crlf(eml))).recipients.map((r) => r.address?.toLowerCase() ?? '(none)').sort();

describe.each(BASES.map((b) => [b.name, b] as const))('%s', (_name, base) => {
  test('reads its recipients without an original', async () => {
    expect(await addresses(base.build(null))).toEqual([...base.recipients].sort());
  });

  test('a returned original with random addresses in To, Cc and body adds no recipient', async () => {
    await fc.assert(
      fc.asyncProperty(original, async (o) => {
        expect(await addresses(base.build(o))).toEqual([...base.recipients].sort());
      }),
      { numRuns: 60 },
    );
  });

  test('wrapped in a Forward, it keeps its recipients', async () => {
    const outlook = (note: string): string => `From: Alice <alice@example.org>
To: helpdesk@example.org
Subject: FW: bounce
Date: Mon, 14 Mar 2011 09:00:00 +0000

${note}

-----Original Message-----
From: Mail Delivery System <MAILER-DAEMON@mx.example.net>
Sent: Monday, March 14, 2011 8:00 AM
To: alice@example.org
Subject: Undelivered Mail Returned to Sender

${base.text}`;
    const gmail = (note: string): string => `From: Alice <alice@example.org>
To: helpdesk@example.org
Subject: Fwd: bounce
Date: Mon, 14 Mar 2011 09:00:00 +0000

${note}

---------- Forwarded message ---------
From: Mail Delivery System <MAILER-DAEMON@mx.example.net>
Date: Mon, 14 Mar 2011 at 08:00
Subject: Undelivered Mail Returned to Sender
To: <alice@example.org>

${base.text}`;
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(outlook, gmail),
        fc.constantFrom('', 'Can you look at this?', 'FYI, see below.'),
        async (wrap, note) => {
          expect(await addresses(wrap(note))).toEqual([...base.recipients].sort());
        },
      ),
      { numRuns: 12 },
    );
  });
});
