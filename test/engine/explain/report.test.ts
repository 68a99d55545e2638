import { readFileSync } from 'node:fs';
import path from 'node:path';
import { MAX_HTML_BYTES, messages } from '../../../src/engine';
import { analyze } from '../../../src/engine/analyze';
import { explain } from '../../../src/engine/explain/explain';
import { buildReport } from '../../../src/engine/explain/report';

const catalogue = messages('en');

const SAMPLES = path.resolve(__dirname, '../../../assets/samples');

function dsn(
  recipients: number,
  diagnostic: string,
  subject = 'Quarterly figures',
  address = (i: number): string => `user${i}@fabrikam.example`,
): string {
  const blocks: string[] = [];
  for (let i = 0; i < recipients; i++)
    blocks.push(`Final-Recipient: rfc822; ${address(i)}\nAction: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; ${diagnostic}\n`);
  return [
    'From: MAILER-DAEMON@mail.contoso.example',
    'To: alex@contoso.example',
    'Subject: Undelivered Mail Returned to Sender',
    'MIME-Version: 1.0',
    'Content-Type: multipart/report; report-type=delivery-status; boundary="b"',
    '',
    '--b',
    'Content-Type: text/plain',
    '',
    'This is the mail system at host mail.contoso.example.',
    '--b',
    'Content-Type: message/delivery-status',
    '',
    'Reporting-MTA: dns; mail.contoso.example',
    '',
    blocks.join('\n'),
    '--b',
    'Content-Type: text/rfc822-headers',
    '',
    'From: Alex <alex@contoso.example>',
    `Subject: ${subject}`,
    'Message-ID: <m1@contoso.example>',
    '',
    '--b--',
  ].join('\n');
}

/** Every tag in the HTML: only the report's own structure may appear. */
function tags(html: string): string[] {
  return [...html.matchAll(/<\/?([a-z][a-z0-9]*)\b/gi)].map((m) => (m[1] ?? '').toLowerCase());
}

describe('IT report', () => {
  test('a 5.7.367 bounce gives a clear subject and every section', async () => {
    const r = await analyze(readFileSync(path.join(SAMPLES, 'ms-5.7.367-relay-pool.eml')));
    const report = buildReport(r, explain(r, { catalogue }), { client: 'Outlook on the web', tried: 'Resent once.', catalogue });
    expect(report.subject).toBe('Bounce: 550 5.7.367 sending to dana@fabrikam.example');
    for (const part of [
      'dana@fabrikam.example',
      'AM0PR01MB1234.eurprd01.prod.exchangelabs.com',
      'Quarterly figures',
      'AM0PR01MB77770F1@',
      'spf=fail',
      'Outlook on the web',
      'Resent once.',
      'Who must act: Your IT',
    ]) {
      expect(report.text).toContain(part);
    }
    const json = JSON.parse(report.json) as { recipients: Array<{ owner: string; status: string }> };
    expect(json.recipients[0]).toMatchObject({ owner: 'your-it', status: '5.7.367' });
  });

  test('markup in the diagnostic, the recipient and the subject never becomes live HTML', async () => {
    const evil = '<script>alert(1)</script><img src=x onerror=alert(2)><a href="javascript:x">y</a>';
    const r = await analyze(dsn(1, `550 5.1.1 ${evil} User unknown`, `Hi ${evil}`, () => '"<b>x</b>"@fabrikam.example'));
    const report = buildReport(r, explain(r, { catalogue }), { catalogue });
    expect(new Set(tags(report.html))).toEqual(new Set(['div', 'h3', 'p', 'pre']));
    expect(report.html).toContain('&lt;script&gt;');
    expect(report.html).not.toContain('onerror=alert(2)>');
  });

  test('a 5,000-recipient bounce fits in 32 KB and says how many were left out', async () => {
    const r = await analyze(dsn(5000, '550 5.1.1 User unknown'));
    const report = buildReport(r, explain(r, { catalogue }), { catalogue });
    expect(new TextEncoder().encode(report.html).length).toBeLessThanOrEqual(MAX_HTML_BYTES);
    expect(report.omittedRecipients).toBeGreaterThan(0);
    expect(report.text).toMatch(/more recipients were left out/);
    expect(report.subject).toMatch(/and 4,999 others/);
  });

  test('a huge server text is cut, and the cut is announced', async () => {
    const r = await analyze(dsn(1, `550 5.1.1 ${'very long '.repeat(5000)}`));
    const report = buildReport(r, explain(r, { catalogue }), { catalogue });
    expect(report.text).toMatch(/\[cut: \d+ more characters\]/);
    expect(new TextEncoder().encode(report.html).length).toBeLessThanOrEqual(MAX_HTML_BYTES);
  });

  test('the subject is capped at 255 characters', async () => {
    const r = await analyze(dsn(1, '550 5.1.1 User unknown', 'x', () => `${'a'.repeat(240)}@fabrikam.example`));
    expect(buildReport(r, explain(r, { catalogue }), { catalogue }).subject.length).toBeLessThanOrEqual(255);
  });

  test('the original message body is never included', async () => {
    const raw = readFileSync(path.join(SAMPLES, 'ms-5.7.367-relay-pool.eml'), 'utf8').replace(
      'Message-ID: <AM0PR01MB77770F1@AM0PR01MB1234.eurprd01.prod.exchangelabs.com>\n\n--ndr-boundary-367--',
      'Message-ID: <AM0PR01MB77770F1@AM0PR01MB1234.eurprd01.prod.exchangelabs.com>\n\n--ndr-boundary-367--',
    );
    const withBody = raw
      .replace('Content-Type: text/rfc822-headers', 'Content-Type: message/rfc822')
      .replace(/(Message-ID: <AM0PR01MB77770F1@[^>]+>\n)\n--ndr-boundary-367--/, '$1\nSECRET BODY LINE\n\n--ndr-boundary-367--');
    const r = await analyze(withBody);
    const report = buildReport(r, explain(r, { catalogue }), { catalogue });
    expect(report.text).not.toContain('SECRET BODY LINE');
    expect(report.html).not.toContain('SECRET BODY LINE');
  });
});
