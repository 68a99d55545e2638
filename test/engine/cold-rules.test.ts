/**
 * The rules added for the cold corpus (issue #15, test/corpus-cold): each family decoder and
 * phrase on a minimal synthetic message of its template, so that each rule can fail on its own.
 */
import { analyze } from '../../src/engine/analyze';
import type { AnalysisResult } from '../../src/engine';
import { findFamily } from '../../src/engine/reason/families';

const enc = new TextEncoder();
const mail = (from: string, subject: string, body: string, extra = ''): Uint8Array =>
  enc.encode(
    `Return-Path: <>\nFrom: ${from}\nTo: megan.bowen@contoso.com\nSubject: ${subject}\nDate: Mon, 11 Mar 2024 09:16:40 +0100\n${extra}MIME-Version: 1.0\nContent-Type: text/plain; charset=us-ascii\n\n${body}`,
  );
const one = (r: AnalysisResult): { address: string | null; reason: string; replyCode: string | null } => {
  expect(r.recipients).toHaveLength(1);
  const x = r.recipients[0]!;
  return { address: x.address, reason: x.reason, replyCode: x.replyCode };
};

describe('SmarterMail', () => {
  const body = (why: string): string =>
    `Could not deliver message to the following recipient(s):\n\nFailed Recipient: a.b@example.net\nReason: ${why}\n\n`;
  test('reads "Failed Recipient:" with its own reason words', async () => {
    const r = await analyze(mail('postmaster@mail.example.com', 'Undeliverable: hello', body('The mailbox is full')));
    expect(r.decoders).toEqual(['smartermail']);
    expect(one(r)).toMatchObject({ address: 'a.b@example.net', reason: 'mailboxfull' });
  });
  test('quotes the remote reply as said (no command-less convention)', async () => {
    const r = await analyze(mail('postmaster@mail.example.com', 'Undeliverable: hello', body('Remote host said: 550 5.1.0 no such user')));
    expect(one(r)).toMatchObject({ reason: 'userunknown', replyCode: '550' });
  });
});

describe('CommuniGate Pro', () => {
  test('"Failed to deliver to \'<a>\'" with a LOCAL module report', async () => {
    const text = "Failed to deliver to '<c.d@example.org>'\nLOCAL module(account c.d) reports:\n account is full (quota exceeded)\n";
    const r = await analyze(mail('MAILER-DAEMON@mail.example.org', 'Undeliverable mail: hello', text));
    expect(r.decoders).toEqual(['communigate']);
    expect(one(r)).toMatchObject({ address: 'c.d@example.org', reason: 'mailboxfull' });
  });
});

describe('Mercury/32', () => {
  test("one cause stated above the list is each recipient's diagnostic", async () => {
    const text = [
      'This message was undeliverable due to the following reason:',
      '',
      'Your message was not delivered because the destination computer was',
      'not reachable within the allowed queue period.',
      '',
      'The following recipients did not receive this message:',
      '',
      '     <e.f@example.com>',
      '',
      'Please reply to postmaster@mail.example.org',
      'if you feel this message to be in error.',
      '',
    ].join('\n');
    const r = await analyze(mail('postmaster@mail.example.org', 'Delivery failure', text));
    expect(r.decoders).toEqual(['mercury']);
    expect(one(r)).toMatchObject({ address: 'e.f@example.com', reason: 'expired' });
  });
  test('"rejected by a remote mail server" answers RCPT TO', async () => {
    const text = [
      'This message was undeliverable due to the following reason(s):',
      '',
      'Each of the following recipients was rejected by a remote mail server.',
      '',
      '    Recipient: <g.h@example.net>',
      '    Reason:    550 <g.h@example.net>... No such user',
      '',
    ].join('\n');
    const r = await analyze(mail('postmaster@mail.example.org', 'Delivery failure', text));
    expect(one(r)).toMatchObject({ address: 'g.h@example.net', reason: 'userunknown' });
    expect(r.recipients[0]?.smtpCommand).toBe('RCPT');
  });
});

describe('IMail', () => {
  test('"User mailbox exceeds allowed size:" opens a notice on its own', async () => {
    const r = await analyze(
      mail(
        'postmaster@mail.example.org',
        'Undeliverable Mail',
        'User mailbox exceeds allowed size: i.j@example.org\n\nOriginal message follows.\n',
      ),
    );
    expect(r.decoders).toEqual(['imailserver']);
    expect(one(r)).toMatchObject({ address: 'i.j@example.org', reason: 'mailboxfull' });
  });
});

describe('sendmail transcript', () => {
  test("the recipient's own RCPT reply is its reply code, not the later refusal of DATA", async () => {
    const text = [
      '   ----- The following addresses had permanent fatal errors -----',
      '<k.l@example.com>',
      '',
      '   ----- Transcript of session follows -----',
      '... while talking to mx.example.com.:',
      '>>> RCPT To:<k.l@example.com>',
      '<<< 550 Requested action not taken: no such user here',
      '>>> DATA',
      '<<< 554 5.5.1 Error: no valid recipients',
      '',
    ].join('\n');
    const r = await analyze(mail('MAILER-DAEMON@relay.example.org', 'Returned mail: see transcript for details', text));
    expect(one(r)).toMatchObject({ address: 'k.l@example.com', replyCode: '550', reason: 'userunknown' });
  });
});

describe('host-not-found words', () => {
  test.each([
    ['hMailServer', 'no mail servers appear to exists for the recipients address.'],
    ['SmarterMail', "failed to connect to the recipients mail server. no mx records were found for the 'example.invalid' domain."],
  ])('%s', (_server, text) => {
    expect(findFamily(text, null, false)?.reason).toBe('hostunknown');
  });
});

describe('delay banners decide the kind when nothing else does', () => {
  test.each([
    ['Postfix', '# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #'],
    ['sendmail', '**      THIS IS A WARNING MESSAGE ONLY      **'],
    ['Exim', 'No action is required on your part. Delivery attempts will continue for some time.'],
  ])('%s banner in pasted text', async (_mta, banner) => {
    const text = `${banner}\n\n<m.n@example.com>: host mx.example.com[192.0.2.1] said: 452 4.2.2 Mailbox full (in reply to RCPT TO command)\n`;
    const r = await analyze(text);
    expect(r.kind).toBe('warning');
  });
  test('without a banner the same paste is a failure', async () => {
    const text = '<m.n@example.com>: host mx.example.com[192.0.2.1] said: 452 4.2.2 Mailbox full (in reply to RCPT TO command)\n';
    const r = await analyze(text);
    expect(r.kind).toBe('bounce');
  });
});

describe('list mail quoting a bounce is not a bounce', () => {
  const body =
    'When a server answers "550 5.1.1 <someone@example.net>: User unknown", remove the address.\nDelivery failed notices are bounces.\n';
  const subject = 'Why "550 5.1.1 User unknown" hurts your sender score';
  test('a newsletter (List-Unsubscribe) from a person is not-bounce', async () => {
    const r = await analyze(
      enc.encode(
        `Return-Path: <bounces@news.example.org>\nFrom: News <news@news.example.org>\nTo: a@example.com\nSubject: ${subject}\nList-Unsubscribe: <mailto:u@news.example.org>\n\n${body}`,
      ),
    );
    expect(r.kind).toBe('not-bounce');
  });
  test('the same text from MAILER-DAEMON is still a bounce', async () => {
    const r = await analyze(
      enc.encode(
        `Return-Path: <>\nFrom: MAILER-DAEMON@news.example.org\nTo: a@example.com\nSubject: ${subject}\nList-Unsubscribe: <mailto:u@news.example.org>\n\n${body}`,
      ),
    );
    expect(r.kind).toBe('bounce');
  });
});

describe('challenge-response notices name the protected mailbox', () => {
  test('not the service address it comes from, nor the reader', async () => {
    const r = await analyze(
      mail(
        '"Pat Doe via Boxbe" <notifications@boxbe.com>',
        "Request to join Pat Doe's Guest List",
        'Hello Megan,\n\nYour message was waitlisted. Please add yourself to my Guest List.\n\nThank you,\npat.doe@example.com\n',
        'Auto-Submitted: auto-replied\n',
      ),
    );
    expect(r.kind).toBe('auto-reply');
    expect(r.recipients.map((x) => x.address)).toEqual(['pat.doe@example.com']);
  });
  test('with no other address named, the sender of the notice', async () => {
    const r = await analyze(
      mail(
        '"Pat Doe via Boxbe" <notifications@boxbe.com>',
        "Request to join Pat Doe's Guest List",
        'Your message was waitlisted.\n',
        'Auto-Submitted: auto-replied\n',
      ),
    );
    expect(r.recipients.map((x) => x.address)).toEqual(['notifications@boxbe.com']);
  });
});
