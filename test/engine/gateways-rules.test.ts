/**
 * The rules task P18a added from the misses of test/corpus-gateways (security gateways' and
 * today's providers' bounces): each case is a message written here in this project's own words,
 * and the case beside it that the rule must leave alone.
 */
import { analyze } from '../../src/engine/analyze';
import type { AnalysisResult } from '../../src/engine';
import { providersOf } from '../../src/engine/reason/providers';

const ORIGINAL = ['From: Alex Wilber <alex.wilber@contoso.com>', 'To: someone@example.org', 'Subject: Figures', '', 'Hello.', ''];

async function report(from: string, subject: string, body: readonly string[]): Promise<AnalysisResult> {
  const head = [`From: ${from}`, 'To: alex.wilber@contoso.com', `Subject: ${subject}`, 'Date: Tue, 17 Nov 2026 10:14:22 +0000'];
  return analyze([...head, '', ...body].join('\n'));
}

/** Exchange Online's classic text NDR quoting a remote reply, which names no remote host. */
const exo = (address: string, reply: string): Promise<AnalysisResult> =>
  report('Microsoft Outlook <postmaster@contoso.onmicrosoft.com>', 'Undeliverable: Figures', [
    'Delivery has failed to these recipients or groups:',
    '',
    `${address} (${address})<mailto:${address}>`,
    "Your message couldn't be delivered. The recipient's email system rejected it.",
    '',
    'Diagnostic information for administrators:',
    '',
    'Generating server: AM0PR02MB5617.eurprd02.prod.outlook.com',
    '',
    address,
    `Remote Server returned '${reply}'`,
    '',
    'Original message headers:',
    '',
    ...ORIGINAL,
  ]);

const only = (r: AnalysisResult): { address: string | null; reason: string; rules: string[] } => {
  const x = r.recipients[0];
  if (x === undefined) throw new Error('no recipient');
  return { address: x.address, reason: x.reason, rules: x.evidence.map((e) => e.rule) };
};

describe("a provider's own error-code link marks its reply, whoever relays it (providers.ts replyMarks)", () => {
  const fields = { remoteMta: null, reportingMta: 'AM0PR02MB5617.eurprd02.prod.outlook.com', address: 'ops@fabrikam.com' };

  test("the link to Mimecast's error-code page puts the reply under the Mimecast table", () => {
    expect(providersOf(fields, '550 invalid recipient - https://community.mimecast.com/docs/doc-1369#550 [x.uk1]')).toContain('mimecast');
    expect(providersOf(fields, '550 invalid recipient')).not.toContain('mimecast');
  });

  test("the link to Email Security.cloud's troubleshooting page puts the reply under the MessageLabs table", () => {
    expect(providersOf(fields, '553 message filtered. refer to http://www.symanteccloud.com/troubleshooting (#5.7.1)')).toContain(
      'messagelabs',
    );
    expect(providersOf(fields, '553 message filtered.')).not.toContain('messagelabs');
  });

  test.each([
    ['google', '550 5.7.1 this message violates example.com email policy. - gcdp abc123 - gsmtp'],
    ['yahoo', '554 5.7.9 message not accepted for policy reasons. see https://postmaster.yahooinc.com/error-codes'],
    ['apple', '554 5.7.1 [cs01] message rejected due to local policy. please visit https://support.apple.com/en-us/ht204137'],
  ])("%s: its own mark puts a custom domain's reply under its table", (name, reply) => {
    expect(providersOf(fields, reply)).toContain(name);
    expect(providersOf(fields, '550 5.7.1 message rejected due to local policy')).not.toContain(name);
  });

  test('a Google Workspace reply for a custom domain, quoted by Exchange Online, is read by the Google table', async () => {
    const reply =
      '550 5.7.1 [198.51.100.5] Messages missing a valid address in the From: header, or having no From: header, are not accepted. a640c23a62f3a-ab7c1b2c3d4si1234567.55 - gsmtp';
    const got = only(await exo('team@example.com', reply));
    expect(got).toMatchObject({ reason: 'notcompliantrfc' });
    expect(got.rules).toContain('provider:google');
  });

  test("Mimecast's invalid-recipient reply quoted by Exchange Online reads as an unknown user", async () => {
    const got = only(await exo('ops@fabrikam.com', '550 Invalid Recipient - https://community.mimecast.com/docs/DOC-1369#550 [Zp1x.uk55]'));
    expect(got).toMatchObject({ address: 'ops@fabrikam.com', reason: 'userunknown' });
    expect(got.rules).toContain('provider:mimecast');
  });

  test('the same words without the link are not read by the Mimecast table', async () => {
    const got = only(await exo('ops@fabrikam.com', '550 Invalid Recipient'));
    expect(got.rules).not.toContain('provider:mimecast');
  });

  test('Mimecast\'s "header based Blocked Senders" (no hyphen, as sent) is the sender refused', async () => {
    const got = only(
      await exo(
        'ops@fabrikam.com',
        '550 Rejected by header based Blocked Senders - Block policy for Header From - https://community.mimecast.com/docs/DOC-1369#550',
      ),
    );
    expect(got).toMatchObject({ reason: 'rejected' });
    expect(got.rules).toContain('provider:mimecast');
  });
});

describe("Email Security.cloud's own notice (families/messagelabs.ts, Broadcom KB 161393)", () => {
  const body = [
    'This is an automatically generated Delivery Status Notification.',
    '',
    'I was unable to deliver your message to the following addresses:',
    '',
    'kim@example.net',
    '',
    'Reason: 550 unknown user',
    '',
    'lee@example.org',
    '',
    'Reason: 550 Denied by policy',
    '',
    'The message subject was: Figures',
    'The message reference was: server-7.tower-742.messagelabs.com!1763914803!1194402!1',
    '',
  ];

  test('names each address with the reply after its "Reason:", read as the remote server wrote it', async () => {
    const r = await report('MAILER-DAEMON@messagelabs.com', 'Delivery Status Notification (Failure)', body);
    expect(r.decoders).toContain('messagelabs');
    expect(r.recipients.map((x) => [x.address, x.reason])).toEqual([
      ['kim@example.net', 'userunknown'],
      ['lee@example.org', 'policyviolation'],
    ]);
  });

  test('the same text from another sender is not claimed by the family', async () => {
    const r = await report('MAILER-DAEMON@mx.example.org', 'Delivery Status Notification (Failure)', body);
    expect(r.decoders).not.toContain('messagelabs');
  });
});

describe('Sophos Email (providers.ts sophos: docs.sophos.com "SMTP error codes", community.sophos.com)', () => {
  test.each([
    ['550 5.7.1 Message rejected: XGEMAIL_0002', 'authfailure'],
    ['550 5.7.1 Command rejected: XGEMAIL_0004', 'blocked'],
    ['550 5.7.1 Command rejected: XGEMAIL_0010', 'norelaying'],
    ['452 4.7.1 Command rejected: XGEMAIL_0014', 'speeding'],
  ])('%s, quoted with no host, reads by its XGEMAIL code', async (reply, want) => {
    const got = only(await exo('ops@example.org', reply));
    expect(got).toMatchObject({ reason: want });
    expect(got.rules).toContain('provider-code:sophos');
  });

  test('an XGEMAIL code the documentation does not list names no cause', async () => {
    const got = only(await exo('ops@example.org', '550 5.7.1 Command rejected: XGEMAIL_0099'));
    expect(got.rules).not.toContain('provider-code:sophos');
  });

  // A Postfix notice as text with its DSN fields inline: only the Reporting-MTA field names the
  // relay, and the family's prose takes it from there (decoders/index.ts completeWithInline).
  const relay = (host: string): Promise<AnalysisResult> =>
    report(`Mail Delivery System <MAILER-DAEMON@${host}>`, 'Undelivered Mail Returned to Sender', [
      `This is the mail system at host ${host}.`,
      '',
      "I'm sorry to have to inform you that your message could not",
      "be delivered to one or more recipients. It's attached below.",
      '',
      'For further assistance, please send mail to postmaster.',
      '',
      '                   The mail system',
      '',
      '<client@example.net>: 554 5.7.28 Mail flood detected',
      '',
      `Reporting-MTA: dns; ${host}`,
      '',
      'Final-Recipient: rfc822; client@example.net',
      'Action: failed',
      'Status: 5.7.28',
      'Diagnostic-Code: smtp; 554 5.7.28 Mail flood detected',
      '',
    ]);

  test('Sophos\'s outbound relay saying 5.7.28 "Mail flood detected" is a rate limit on the sender', async () => {
    const r = await relay('relay-eu.prod.hydra.sophos.com');
    expect(r.recipients[0]?.reportingMta).toBe('relay-eu.prod.hydra.sophos.com');
    const got = only(r);
    expect(got).toMatchObject({ address: 'client@example.net', reason: 'speeding' });
    expect(got.rules).toContain('provider:sophos');
  });

  test('the same words from a server that is not Sophos are not read by its table', async () => {
    const got = only(await relay('mail.example.com'));
    expect(got.rules).not.toContain('provider:sophos');
  });
});
