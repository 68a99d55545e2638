/**
 * The rules task P16a added for formats other bounce parsers were written for (their detectors'
 * rules, never their samples): each case is a message written here in this project's own words,
 * shaped as the rule expects, and the case beside it that the rule must leave alone.
 */
import { analyze } from '../../src/engine/analyze';
import type { AnalysisResult } from '../../src/engine';

const ORIGINAL = (to: string): string =>
  ['From: Marta Rossi <m.rossi@contoso.com>', `To: ${to}`, 'Subject: Figures', 'Message-ID: <fig.1@contoso.com>', '', 'Hello.', ''].join(
    '\n',
  );

/** A plain-text report with headers: the bounce's own From and Subject, then the body lines. */
async function report(from: string, subject: string, body: readonly string[], extra: readonly string[] = []): Promise<AnalysisResult> {
  const head = [`From: ${from}`, 'To: m.rossi@contoso.com', `Subject: ${subject}`, 'Date: Tue, 4 Mar 2008 09:14:22 +0100', ...extra];
  return analyze([...head, '', ...body].join('\n'));
}

const addresses = (r: AnalysisResult): Array<string | null> => r.recipients.map((x) => x.address);

describe('recipients named in a sentence or label (flufl.bounce simplematch.py, simplewarning.py, llnl.py)', () => {
  test.each([
    ['Intended recipient: ana@example.net', 'ana@example.net'],
    ['Error-For:  ana@example.net', 'ana@example.net'],
    ['Undeliverable Address: ana@example.net', 'ana@example.net'],
    ["addressed to 'ana@example.net' and the remote system reported an unknown mailbox", 'ana@example.net'],
    ['I could not deliver it to the following recipient, ana@example.net, because the mailbox is unknown.', 'ana@example.net'],
    ['Delivery of your message to "ana@example.net" has been postponed; the server did not answer.', 'ana@example.net'],
  ])('%s', async (line, want) => {
    const r = await report('MAILER-DAEMON@mx.example.org', 'Undeliverable mail', [
      'Your message could not be delivered.',
      '',
      line,
      '',
      ORIGINAL('someone.else@example.org'),
    ]);
    expect(addresses(r)).toEqual([want]);
  });

  test('a comma after "recipients" with no address between commas names nobody', async () => {
    const r = await report('MAILER-DAEMON@mx.example.org', 'Undeliverable mail', [
      'Sorry, unable to deliver your message to ana@example.net for the following reason:',
      'Delivery to the recipients, as requested, failed: 550 User unknown',
    ]);
    expect(addresses(r)).toEqual(['ana@example.net']);
  });
});

describe('sendmail aliases and Exim 3 RCPT lines (simplematch.py: "(expanded from: <addr>)", "rcpt to: <addr>")', () => {
  const sendmail = (recipientLine: string): string[] => [
    '   ----- The following addresses had permanent fatal errors -----',
    recipientLine,
    '    (reason: 554 5.3.0 unknown mailer error 73)',
    '    (expanded from: <kim@example.org>)',
    '',
    '   ----- Transcript of session follows -----',
    'procmail: Quota exceeded while writing "/var/spool/mail/kim"',
  ];

  test('under a program line the alias is the recipient, with the reason above it', async () => {
    const r = await report(
      'Mail Delivery Subsystem <MAILER-DAEMON@mail.example.org>',
      'Returned mail: see transcript for details',
      sendmail('"|/usr/bin/procmail -a kim"'),
    );
    expect(addresses(r)).toEqual(['kim@example.org']);
    expect(r.recipients[0]?.status).toBe('5.3.0');
  });

  test('under an address line the alias is only a note: one recipient, the final address', async () => {
    const r = await report(
      'Mail Delivery Subsystem <MAILER-DAEMON@mail.example.org>',
      'Returned mail: see transcript for details',
      sendmail('<kim.final@mail.example.org>'),
    );
    expect(addresses(r)).toEqual(['kim.final@mail.example.org']);
  });

  test('an Exim 3 RCPT line with no address line above it names the recipient, and its command stays in the diagnostic', async () => {
    const r = await report('Mail Delivery System <Mailer-Daemon@smtp.example.com>', 'Mail delivery failed: returning message to sender', [
      'This message was created automatically by mail delivery software.',
      '',
      'A message that you sent could not be delivered to all of its recipients. The',
      'following address(es) failed:',
      '',
      '  SMTP error from remote mailer after RCPT TO:<pablo@example.net>:',
      '    host mx.example.net [192.0.2.19]: 550 unknown user',
    ]);
    expect(addresses(r)).toEqual(['pablo@example.net']);
    expect(r.recipients[0]?.reason).toBe('userunknown');
  });
});

test('Exchange 5.5 "SMTP=<addr>; on <date>": the address type is no part of the address (flufl.bounce exchange.py)', async () => {
  const r = await report('System Administrator <postmaster@mail.contoso.com>', 'Undeliverable: Figures', [
    'Your message',
    '',
    '  Subject: Figures',
    '',
    'did not reach the following recipient(s):',
    '',
    'SMTP=zora@example.net; on Tue, 4 Mar 2008 09:14:20 +0100',
    '            The recipient name is not recognized',
    '            MSEXCH:IMS:Contoso:HQ:EXCH01 0 (000C05A6) Unknown Recipient',
  ]);
  expect(addresses(r)).toEqual(['zora@example.net']);
});

test('Exim no longer claims a bounce only because a mailer-daemon sent it', async () => {
  const r = await report('MAILER-DAEMON@mail.example.net', 'Undelivered mail returned to sender', [
    'This is the deliver program at mail.example.net.',
    'Your message could not be delivered to one or more recipients.',
    '',
    'li@example.org',
    '    mx.example.org said: 550 Mailbox not found',
  ]);
  expect(r.decoders).not.toContain('exim');
  expect(r.recipients[0]).toMatchObject({ address: 'li@example.org', reason: 'userunknown' });
});

test('Netscape Messaging Server: the reason above the address is its diagnostic, "Please reply to" is not (netscape.py)', async () => {
  const r = await report('Mail Delivery Subsystem <MAILER-DAEMON@mail.example.com>', 'Delivery Notification: Delivery has failed', [
    'This report relates to a message you sent with the following header fields:',
    '',
    '  Subject: Figures',
    '',
    'This Message was undeliverable due to the following reason:',
    '',
    'The user(s) account is temporarily over quota.',
    '',
    '<gita@example.com>',
    '',
    'Please reply to <postmaster@mail.example.com>',
    'if you feel this message to be in error.',
  ]);
  expect(r.recipients[0]).toMatchObject({ address: 'gita@example.com', reason: 'mailboxfull' });
});

describe('a report naming only a local part (yale.py): the returned original’s To with that local part', () => {
  const yale = (named: string): string[] => [
    'Message not delivered to the following:',
    '',
    `    ${named}    Mailbox unknown`,
    '',
    'Error Detail:',
    `    ${named}: no such user on mail.example.edu`,
    '',
    '------ Returned message ------',
    ORIGINAL('John Doe <jdoe@example.edu>, Jane Roe <jroe@example.edu>'),
  ];

  test('the named one is the recipient, with the lines naming it as diagnostic', async () => {
    const r = await report('MAILER-DAEMON@mail.example.edu', 'Undeliverable mail', yale('jdoe'));
    expect(addresses(r)).toEqual(['jdoe@example.edu']);
    expect(r.recipients[0]?.reason).toBe('userunknown');
  });

  test('a local part the original does not address names nobody from it', async () => {
    const r = await report('MAILER-DAEMON@mail.example.edu', 'Undeliverable mail', yale('jdo'));
    expect(addresses(r)).toEqual([null]);
  });
});

describe('AOL screen names (aol.py)', () => {
  const body = [
    'Your mail to the following recipients could not be delivered because they are not accepting mail from m.rossi@contoso.com:',
    '\tlilybird77',
    '\tsam.k@example.net',
    '',
  ];

  test('a bare screen name is an @aol.com address; the recipient refuses this sender', async () => {
    const r = await report('Mail Delivery Subsystem <MAILER-DAEMON@aol.com>', 'Returned mail', body);
    expect(r.decoders).toEqual(['aol-screenname']);
    expect(addresses(r)).toEqual(['lilybird77@aol.com', 'sam.k@example.net']);
    expect(r.recipients.map((x) => x.reason)).toEqual(['filtered', 'filtered']);
  });

  test('the same words from another sender are not read as screen names', async () => {
    const r = await report('Mail Delivery Subsystem <MAILER-DAEMON@mx.example.net>', 'Returned mail', body);
    expect(r.decoders).not.toContain('aol-screenname');
    expect(addresses(r)).not.toContain('lilybird77@aol.com');
  });
});

test('the peers’ separators end the report: the returned original’s To is not a recipient (simplematch.py end markers)', async () => {
  const r = await report('MAILER-DAEMON@mail.example.net', 'mail failed, returning to sender', [
    '|------------------------- Failed addresses follow: ---------------------|',
    ' kim@example.org ... unknown user',
    '|------------------------- Message text follows: ------------------------|',
    ORIGINAL('other.person@example.org'),
    'other.person@example.org ... was on the To line',
  ]);
  expect(addresses(r)).toEqual(['kim@example.org']);
});

test('"Your message to <rcpt>" names a recipient only with words of non-delivery', async () => {
  const waiting = await report('Mail Delivery Subsystem <MAILER-DAEMON@mx.example.org>', 'Undeliverable mail', [
    'Your message to ana@example.net is waiting for delivery.',
  ]);
  expect(addresses(waiting)).not.toContain('ana@example.net');
  const failed = await report('Mail Delivery Subsystem <MAILER-DAEMON@mx.example.org>', 'Undeliverable mail', [
    'Your message to ana@example.net has not been delivered yet; delivery will be retried.',
  ]);
  expect(addresses(failed)).toEqual(['ana@example.net']);
});
