/** The input routes: line endings, Outlook .msg files, pasted text. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { burn } from '@kenjiuno/msgreader/lib/Burner';
import { analyze } from '../../src/engine/analyze';
import { CORPUS } from './corpus-helpers';

const FILES = [
  'lhost-postfix-01.eml',
  'lhost-qmail-02.eml',
  'lhost-exim-02.eml',
  'lhost-office365-01.eml',
  'lhost-gmail-01.eml',
  'lhost-sendmail-05.eml',
];

const essence = (r: Awaited<ReturnType<typeof analyze>>): unknown => ({
  kind: r.kind,
  recipients: r.recipients.map((x) => [x.address, x.status, x.replyCode, x.reason]),
});

describe('line endings', () => {
  test.each(FILES)('%s reads the same with LF, CRLF and CR line ends', async (file) => {
    const lf = readFileSync(path.join(CORPUS, 'bounces', file), 'latin1');
    const want = essence(await analyze(Buffer.from(lf, 'latin1')));
    expect(essence(await analyze(Buffer.from(lf.replace(/\n/g, '\r\n'), 'latin1')))).toEqual(want);
    expect(essence(await analyze(Buffer.from(lf.replace(/\n/g, '\r'), 'latin1')))).toEqual(want);
  });
});

/** Builds a small Outlook .msg with msgreader's own compound-file writer. */
function msgFile(fields: Record<string, string>): Uint8Array {
  const utf16 = (s: string): Uint8Array => Uint8Array.from(Buffer.from(s, 'utf16le'));
  const streams: Array<[string, Uint8Array]> = Object.entries(fields).map(([tag, value]) => [`__substg1.0_${tag}001F`, utf16(value)]);
  streams.push(['__properties_version1.0', new Uint8Array(32)]);
  const entries = [
    { name: 'Root Entry', type: 5, length: 0, children: streams.map((_, i) => i + 1) },
    ...streams.map(([name, data]) => ({ name, type: 2, length: data.length, binaryProvider: () => data })),
  ];
  return burn(entries);
}

describe('Outlook .msg files', () => {
  test('an NDR saved as .msg is read through msgreader', async () => {
    const headers =
      'From: Microsoft Outlook <postmaster@contoso.example>\r\nTo: alex@contoso.example\r\nSubject: Undeliverable: Meeting notes\r\nDate: Fri, 20 Nov 2026 14:03:10 +0000';
    const body = [
      'Delivery has failed to these recipients or groups:',
      '',
      'lee.chen@northwind.example',
      "The email address wasn't found at the destination domain.",
      '',
      'Diagnostic information for administrators:',
      'Generating server: DB9PR02MB5555.eurprd02.prod.exchangelabs.com',
      'lee.chen@northwind.example',
      "Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'",
    ].join('\r\n');
    const r = await analyze(
      msgFile({ '0037': 'Undeliverable: Meeting notes', '1000': body, '007D': headers, '001A': 'REPORT.IPM.Note.NDR' }),
    );
    expect(r.inputType).toBe('msg');
    expect(r.subject).toBe('Undeliverable: Meeting notes');
    expect(r.recipients[0]).toMatchObject({
      address: 'lee.chen@northwind.example',
      status: '5.1.10',
      replyCode: '550',
      reason: 'userunknown',
    });
  });

  test('a .msg without transport headers is still read from its body', async () => {
    const r = await analyze(
      msgFile({
        '0037': 'Undeliverable: x',
        '1000': '<sam@tailspin.example>: host mx.tailspin.example[198.51.100.7] said: 552 5.2.2 Mailbox full (in reply to RCPT TO command)',
      }),
    );
    expect(r.inputType).toBe('msg');
    expect(r.recipients[0]).toMatchObject({ address: 'sam@tailspin.example', reason: 'mailboxfull' });
  });

  test('a damaged .msg gives a clear not-bounce answer', async () => {
    const bytes = msgFile({ '0037': 'x' }).slice(0, 700);
    const r = await analyze(bytes);
    expect(r.kind).toBe('not-bounce');
  });
});
