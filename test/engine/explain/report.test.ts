import { readFileSync } from 'node:fs';
import path from 'node:path';
import { MAX_HTML_BYTES, messages } from '../../../src/engine';
import { analyze } from '../../../src/engine/analyze';
import { explain } from '../../../src/engine/explain/explain';
import { buildReport } from '../../../src/engine/explain/report';

/** Reports in English, as the tests read them. */
const EN = messages('en');
import { cutGraphemes, graphemeBoundaries, isExchangeOnlineSender } from '../../../src/engine/explain/report';
import { mailto } from '../../../src/office/draft';
import { buildDsn, manyFailed } from '../../support/dsn';

const SAMPLES = path.resolve(__dirname, '../../../assets/samples');

function dsn(
  recipients: number,
  diagnostic: string,
  subject = 'Quarterly figures',
  address = (i: number): string => `user${i}@fabrikam.example`,
): string {
  return buildDsn({
    recipients: Array.from({ length: recipients }, (_, i) => ({ address: address(i), diagnostic })),
    original: ['From: Alex <alex@contoso.example>', `Subject: ${subject}`, 'Message-ID: <m1@contoso.example>'],
  });
}

/** Every tag in the HTML: only the report's own structure may appear. */
function tags(html: string): string[] {
  return [...html.matchAll(/<\/?([a-z][a-z0-9]*)\b/gi)].map((m) => (m[1] ?? '').toLowerCase());
}

describe('IT report', () => {
  test('a 5.7.367 bounce gives a clear subject and every section', async () => {
    const r = await analyze(readFileSync(path.join(SAMPLES, 'ms-5.7.367-relay-pool.eml')));
    const report = buildReport(r, explain(r, { catalogue: EN }), { catalogue: EN, client: 'Outlook on the web', tried: 'Resent once.' });
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
    const report = buildReport(r, explain(r, { catalogue: EN }), { catalogue: EN });
    expect(new Set(tags(report.html))).toEqual(new Set(['div', 'h3', 'p', 'code', 'br']));
    expect(report.html).not.toMatch(/style=/i);
    expect(report.html).toContain('&lt;script&gt;');
    expect(report.html).not.toContain('onerror=alert(2)>');
  });

  test('a 5,000-recipient bounce fits in 32 KB and says how many were left out', async () => {
    const r = await analyze(dsn(5000, '550 5.1.1 User unknown'));
    const report = buildReport(r, explain(r, { catalogue: EN }), { catalogue: EN });
    expect(new TextEncoder().encode(report.html).length).toBeLessThanOrEqual(MAX_HTML_BYTES);
    expect(report.omittedRecipients).toBeGreaterThan(0);
    expect(report.text).toMatch(/more recipients were left out/);
    expect(report.subject).toMatch(/and 4,999 others/);
  });

  test('a huge server text is cut, and the cut is announced', async () => {
    const r = await analyze(dsn(1, `550 5.1.1 ${'very long '.repeat(5000)}`));
    const report = buildReport(r, explain(r, { catalogue: EN }), { catalogue: EN });
    expect(report.text).toMatch(/\[cut: \d+ more characters\]/);
    expect(new TextEncoder().encode(report.html).length).toBeLessThanOrEqual(MAX_HTML_BYTES);
  });

  test('the subject is capped at 255 characters', async () => {
    const r = await analyze(dsn(1, '550 5.1.1 User unknown', 'x', () => `${'a'.repeat(240)}@fabrikam.example`));
    expect(buildReport(r, explain(r, { catalogue: EN }), { catalogue: EN }).subject.length).toBeLessThanOrEqual(255);
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
    const report = buildReport(r, explain(r, { catalogue: EN }), { catalogue: EN });
    expect(report.text).not.toContain('SECRET BODY LINE');
    expect(report.html).not.toContain('SECRET BODY LINE');
  });
});

const bytes = (s: string): number => new TextEncoder().encode(s).length;

/** A bounce whose every server-given field is huge and hostile. */
function hostile(recipients: number, fieldLength: number): string {
  const big = (tag: string): string => `${tag}-${'\u{1F4E7}x'.repeat(fieldLength / 3)}`;
  return buildDsn({
    reportingMta: big('reporting'),
    from: 'MAILER-DAEMON@mail.contoso.example',
    text: 'This is the mail system.',
    recipients: manyFailed(recipients, { remoteMta: big('remote'), diagnostic: `550 5.1.1 ${big('diag')}` }),
    original: [
      'From: Alex <alex@contoso.example>',
      `Subject: ${big('subject')}`,
      `Message-ID: <${big('id')}@contoso.example>`,
      `Authentication-Results: ${big('auth')}`,
      `Authentication-Results: ${big('auth2')}`,
      `To: ${big('to')}`,
    ],
  });
}

describe('IT report within 32 KB for huge hostile input', () => {
  test.each([
    ['one recipient, 81 KB of server fields', 1, 27000],
    ['40 recipients with 20 KB diagnostics each', 40, 20000],
    ['5,000 recipients', 5000, 30],
  ])('%s: every report ≤ 32 KB, longest fields cut first, listed recipients keep code and address', async (_name, n, len) => {
    const r = await analyze(hostile(n, len));
    expect(r.recipients.length).toBe(n);
    const report = buildReport(r, explain(r, { catalogue: EN }), { catalogue: EN, tried: 'Resent it twice.' });
    expect(bytes(report.html)).toBeLessThanOrEqual(MAX_HTML_BYTES);
    expect(bytes(report.text)).toBeLessThanOrEqual(MAX_HTML_BYTES);
    expect(report.text).toContain('Resent it twice.');
    const listed = n - report.omittedRecipients;
    expect(listed).toBeGreaterThan(0);
    for (let i = 0; i < listed; i++) expect(report.text).toContain(`user${i}@fabrikam.example \u2014 550 5.1.1`);
    if (report.omittedRecipients > 0)
      expect(report.text).toContain(`${report.omittedRecipients.toLocaleString('en')} more recipients were left out`);
    expect(() => JSON.parse(report.json) as unknown).not.toThrow();
    if (len > 1000) expect(report.text).toMatch(/\[cut: \d+ more characters\]/);
    // Never a broken surrogate pair from a cut.
    expect(report.text).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
  });

  test('when the text fields fit after cutting, every failed recipient keeps its code and address', async () => {
    const r = await analyze(hostile(60, 6000));
    const report = buildReport(r, explain(r, { catalogue: EN }), { catalogue: EN });
    expect(report.omittedRecipients).toBe(0);
    for (let i = 0; i < 60; i++) expect(report.text).toContain(`user${i}@fabrikam.example \u2014 550 5.1.1`);
    expect(bytes(report.html)).toBeLessThanOrEqual(MAX_HTML_BYTES);
  });

  test('a short bounce is not cut at all', async () => {
    const r = await analyze(readFileSync(path.join(SAMPLES, 'ms-5.7.367-relay-pool.eml')));
    const report = buildReport(r, explain(r, { catalogue: EN }), { catalogue: EN });
    expect(report.text).not.toMatch(/\[cut:/);
    expect(report.text).toContain('554 5.7.1 <dana@fabrikam.example>: Relay access denied');
  });

  test('the emoji-cut mailto fallback of a hostile report never throws', async () => {
    const r = await analyze(hostile(3, 3000));
    const report = buildReport(r, explain(r, { catalogue: EN }), { catalogue: EN });
    for (const max of [300, 301, 302, 303, 777, 1800]) {
      const link = mailto({ to: 'it@contoso.example', subject: report.subject, html: report.html, text: report.text }, max);
      expect(link.href.length).toBeLessThanOrEqual(max);
      expect(() => decodeURIComponent(link.href)).not.toThrow();
    }
  });
});

describe('cutting text', () => {
  test('cuts on grapheme clusters: never inside an emoji, a flag or a combining sequence', () => {
    const family = '\u{1F468}\u200D\u{1F469}\u200D\u{1F467}';
    const text = `ab${family}\u{1F1E9}\u{1F1EA}e\u0301f`;
    expect(cutGraphemes(text, 3).kept).toBe(`ab${family}`);
    expect(cutGraphemes(text, 4).kept).toBe(`ab${family}\u{1F1E9}\u{1F1EA}`);
    expect(cutGraphemes(text, 5).kept).toBe(`ab${family}\u{1F1E9}\u{1F1EA}e\u0301`);
    expect(cutGraphemes(text, 99)).toEqual({ kept: text, dropped: 0 });
    expect(graphemeBoundaries('a\u{1F4E7}')).toEqual([0, 1, 3]);
  });

  test('a huge field costs no more than a short one to cut', () => {
    const huge = 'z'.repeat(8_000_000);
    const cut = cutGraphemes(huge, 100);
    expect(cut.kept).toHaveLength(100);
    expect(cut.dropped).toBe(8_000_000 - 100);
  });
});

describe('the report IT gets', () => {
  const load = async (name: string): Promise<ReturnType<typeof buildReport>> => {
    const r = await analyze(readFileSync(path.join(SAMPLES, name)));
    return buildReport(r, explain(r, { catalogue: EN }), { catalogue: EN, timeZone: 'Europe/Berlin' });
  };

  test('the machine block is wrapped: one JSON line per field, valid JSON in the text body', async () => {
    const report = await load('ms-5.7.367-relay-pool.eml');
    const lines = report.json.split('\n');
    expect(lines.length).toBeGreaterThan(20);
    expect(Math.max(...lines.map((l) => l.length))).toBeLessThan(400);
    expect(JSON.parse(report.json)).toMatchObject({ tool: 'bounce-explainer', recipientCount: 1 });
    expect(report.text).toContain(report.json);
  });

  test('no placeholder for empty fields; "not given" instead of "unknown"', async () => {
    const report = await load('ms-5.7.367-relay-pool.eml');
    expect(report.text).not.toMatch(/please describe|unknown|filled in by the add-in/i);
    expect(report.text).not.toContain('What I already tried');
    const withClient = await analyze(readFileSync(path.join(SAMPLES, 'ms-5.7.367-relay-pool.eml')));
    const r2 = buildReport(withClient, explain(withClient, { catalogue: EN }), {
      catalogue: EN,
      clientInfo: { host: 'OutlookWebApp', version: null, platform: 'OfficeOnline', language: 'en-US', mailboxSet: '1.14', route: 'file' },
    });
    expect(r2.text).toContain('Outlook: OutlookWebApp not given; platform: OfficeOnline');
  });

  test('one date format: ISO 8601 with the local time beside it', async () => {
    const report = await load('ms-5.7.367-relay-pool.eml');
    expect(report.text).toContain('Bounce arrived: 2026-11-19T09:12:40Z (Nov 19, 2026, 10:12 AM GMT+1 my time)');
    expect(report.text).toContain('Original sent: 2026-11-19T09:12:38Z (');
  });

  test('long lists say how many more', async () => {
    const r = await analyze(hostile(1, 30));
    const many = {
      ...r,
      original: r.original === null ? null : { ...r.original, authenticationResults: Array.from({ length: 8 }, (_, i) => `spf=pass ${i}`) },
    };
    const report = buildReport(many, explain(many, { catalogue: EN }), { catalogue: EN });
    expect(report.text).toContain('spf=pass 4\nand 3 more');
  });
});

describe('message trace handle', () => {
  test('Exchange Online sender: Message-ID, time window, a ready PowerShell line and the EAC page', async () => {
    const r = await analyze(readFileSync(path.join(SAMPLES, 'ms-5.7.367-relay-pool.eml')));
    expect(isExchangeOnlineSender(r)).toBe(true);
    const report = buildReport(r, explain(r, { catalogue: EN }), { catalogue: EN });
    expect(report.text).toContain('Original Message-ID: <AM0PR01MB77770F1@AM0PR01MB1234.eurprd01.prod.exchangelabs.com>');
    expect(report.text).toContain('Sent between 2026-11-19T08:12:38Z and 2026-11-19T10:12:40Z (UTC)');
    expect(report.text).toContain(
      "Get-MessageTraceV2 -MessageId '<AM0PR01MB77770F1@AM0PR01MB1234.eurprd01.prod.exchangelabs.com>' -StartDate '2026-11-19T08:12:38Z' -EndDate '2026-11-19T10:12:40Z'",
    );
    expect(report.text).toContain('https://admin.exchange.microsoft.com/#/messagetrace');
    expect(report.html).toContain('Get-MessageTraceV2 -MessageId &#39;&lt;AM0PR01MB77770F1@');
  });

  test('a Message-ID that is not safe to paste into PowerShell gets no command line', async () => {
    const raw = readFileSync(path.join(SAMPLES, 'ms-5.7.367-relay-pool.eml'), 'utf8').replace(
      /Message-ID: <AM0PR01MB77770F1@/g,
      "Message-ID: <x';Remove-Item C:\\ -Recurse;'@",
    );
    const r = await analyze(raw);
    const report = buildReport(r, explain(r, { catalogue: EN }), { catalogue: EN });
    expect(report.text).not.toContain('Get-MessageTraceV2');
    expect(report.text).toContain('https://admin.exchange.microsoft.com/#/messagetrace');
  });

  test('other senders: the reporting server and the queue ID from its Received line', async () => {
    const raw = dsn(1, '550 5.1.1 User unknown').replace(
      'From: Alex <alex@contoso.example>',
      'Received: from laptop.contoso.example (laptop [192.0.2.7]) by mail.contoso.example (Postfix) with ESMTPSA id 4F2AB1C0D3 for <user0@fabrikam.example>; Thu, 19 Nov 2026 09:12:38 +0000\nFrom: Alex <alex@contoso.example>',
    );
    const r = await analyze(raw);
    expect(isExchangeOnlineSender(r)).toBe(false);
    const report = buildReport(r, explain(r, { catalogue: EN }), { catalogue: EN });
    expect(report.text).toContain('Queue ID: 4F2AB1C0D3 (at mail.contoso.example)');
    expect(report.text).toContain('Reporting server: mail.contoso.example');
    expect(report.text).not.toContain('Get-MessageTraceV2');
  });
});
