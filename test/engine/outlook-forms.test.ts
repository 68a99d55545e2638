/**
 * Outlook's forms of a bounce, built synthetically for every language of the lexicon: the legacy
 * and the enhanced Exchange layouts, pasted (cells tab-separated), forwarded as text (one cell a
 * line, under a localised header block) and forwarded as HTML. Also layouts in a language the
 * lexicon does not know, read by structure alone. None of these texts comes from the corpus.
 */
import { run } from '../../src/engine';
import type { RunOutput } from '../../src/engine';
import { htmlToText, loadHtmlReader, looksLikeHtml } from '../../src/engine/input/html';
import { readForward } from '../../src/engine/input/forward';
import { LANGUAGES } from '../../src/engine/lexicon';

// html-to-text is a lazy chunk in the browser; the engine loads it before reading HTML, this test calls it directly.
beforeAll(() => loadHtmlReader());
import type { LanguageLexicon, Role } from '../../src/engine/lexicon';

/** The languages with Exchange layout words (every one the issue lists). */
const LEXICONS = LANGUAGES.filter((l) => (l.ndrFailedHeading ?? []).length > 0);
type Lexicon = LanguageLexicon;

const first = (terms: ReadonlyArray<{ text: string }> | undefined): string => terms?.[0]?.text ?? '';
const w = (lex: Lexicon, role: Role): string => first(lex[role]);
const rcptSentence = (lex: Lexicon, rcpt: string): string => w(lex, 'ndrCouldNotDeliver').replace('{rcpt}', rcpt);

function legacyText(lex: Lexicon, rcpt: string, reply: string, delayed = false): string {
  const lines = [
    w(lex, delayed ? 'ndrDelayedHeading' : 'ndrFailedHeading'),
    '',
    `Kim Lee (${rcpt})<mailto:${rcpt}>`,
    'Lorem ipsum dolor sit amet.',
    '',
    w(lex, 'ndrAdminHeading'),
    '',
    `${w(lex, 'ndrGeneratingServer')} AB1PR01MB0001.EURPRD01.PROD.OUTLOOK.COM`,
    '',
    rcpt,
    delayed ? "Remote Server at mx.tailspin.example (192.0.2.9) returned '400 4.4.7 Message delayed'" : 'mx.tailspin.example',
    delayed
      ? `11/2/2026 9:00:00 AM - Remote Server at mx.tailspin.example (192.0.2.9) returned '${reply}'`
      : `Remote Server returned '${reply}'`,
    '',
    w(lex, 'ndrOriginalHeaders'),
    '',
    'Received: from AB1PR01MB0001.EURPRD01.PROD.OUTLOOK.COM by AB1PR01MB0002.EURPRD01.PROD.OUTLOOK.COM',
    'From: Ana Silva <ana@contoso.example>',
    `To: ${rcpt}`,
    'Subject: Q3',
  ];
  return lines.join('\n');
}

/** The enhanced layout; `cells` chooses pasted rows (tabs) or one cell a line (a forward's text). */
function enhancedText(lex: Lexicon, rcpt: string, acting: 'sender' | 'recipient', cells: 'tabs' | 'lines'): string {
  const act = w(lex, 'ndrActionRequired');
  const labels = acting === 'sender' ? [act, '', w(lex, 'ndrRecipientLabel')] : [w(lex, 'ndrSenderLabel'), '', act];
  const diagram =
    cells === 'tabs' ? [`ana\tOffice 365\tkim`, labels.join('\t')] : ['ana', 'Office 365', 'kim', ...labels.filter((l) => l !== '')];
  return [
    rcptSentence(lex, rcpt) + '.',
    'Lorem ipsum dolor sit amet.',
    ...diagram,
    'Lorem ipsum',
    w(lex, 'ndrHowToFix'),
    '',
    w(lex, 'ndrMoreInfo'),
    `${w(lex, 'ndrStatusCode')} 550 5.1.10`,
    w(lex, 'ndrOriginalDetails'),
    `${w(lex, 'ndrSenderAddress')}\tana@contoso.example`,
    `${w(lex, 'ndrRecipientAddress')}\t${rcpt}`,
    w(lex, 'ndrErrorDetails'),
    `${w(lex, 'ndrReportedError')}\t550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup`,
    `${w(lex, 'ndrDsnGeneratedBy')}\tAB1PR01MB0001.EURPRD01.PROD.OUTLOOK.COM`,
  ].join('\n');
}

/** A forward as text: a note naming someone, a localised header block, then the bounce. */
function forwardText(lex: Lexicon, body: string, subjectPrefix = w(lex, 'ndrFailedSubject')): string {
  return [
    'Please have a look, cc helpdesk@contoso.example',
    '',
    '________________________________',
    `${w(lex, 'forwardFrom')}: Microsoft Outlook <postmaster@contoso.example>`,
    `${w(lex, 'forwardSent')}: 2026-11-02 10:00`,
    `${w(lex, 'forwardTo')}: Ana Silva <ana@contoso.example>`,
    `${w(lex, 'forwardSubject')}: ${subjectPrefix} Q3`,
    '',
    body,
  ].join('\r\n');
}

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** A forward as HTML (new Outlook / Outlook on the web): note, rule, divRplyFwdMsg, the NDR as a table. */
function forwardHtml(lex: Lexicon, rows: readonly string[][]): string {
  const table = rows.map((r) => `<tr>${r.map((c) => `<td>${escape(c)}</td>`).join('')}</tr>`).join('\n');
  return `<html><body><div class="elementToProof">Hello IT<br></div><div id="appendonsend"></div><hr style="display:inline-block;width:98%">
<div id="divRplyFwdMsg"><b>${w(lex, 'forwardFrom')}:</b> postmaster@contoso.example<br><b>${w(lex, 'forwardSent')}:</b> 2026-11-02<br><b>${w(lex, 'forwardTo')}:</b> Ana Silva &lt;ana@contoso.example&gt;<br><b>${w(lex, 'forwardSubject')}:</b> ${escape(w(lex, 'ndrFailedSubject'))} Q3</div>
<div><table>${table}</table></div></body></html>`;
}

async function read(input: string, addresses: readonly string[] = []): Promise<RunOutput> {
  return run(input, { locale: 'en', identities: { userAddress: 'ana@contoso.example', addresses } });
}

const addrs = (out: RunOutput): Array<string | null> => out.result.recipients.map((r) => r.address);

describe.each(LEXICONS.map((l) => [l.lang, l] as const))('%s', (_lang, lex) => {
  const rcpt = 'kim.lee@tailspin.example';

  test('legacy layout, pasted: recipient and the remote reply', async () => {
    const out = await read(legacyText(lex, rcpt, '550 5.1.1 User unknown'));
    expect(out.result.kind).toBe('bounce');
    expect(addrs(out)).toEqual([rcpt]);
    expect(out.result.recipients[0]?.status).toBe('5.1.1');
    expect(out.result.recipients[0]?.replyCode).toBe('550');
  });

  test("legacy delay notice forwarded as text: a warning, the latest attempt's reply beats the 4.4.7 summary", async () => {
    const body = legacyText(lex, rcpt, '451 4.7.500 Server busy. Please try again later', true);
    const out = await read(forwardText(lex, body, w(lex, 'ndrDelayedSubject')));
    expect(out.result.kind).toBe('warning');
    expect(addrs(out)).toEqual([rcpt]);
    expect(out.result.recipients[0]?.status).toBe('4.7.500');
    expect(out.result.recipients[0]?.replyCode).toBe('451');
    expect(out.result.recipients[0]?.action).toBe('delayed');
  });

  test.each(['tabs', 'lines'] as const)('enhanced layout (%s): Action Required on the recipient', async (cells) => {
    const text = enhancedText(lex, rcpt, 'recipient', cells);
    const out = await read(cells === 'lines' ? forwardText(lex, text) : text);
    expect(addrs(out)).toEqual([rcpt]);
    expect(out.result.recipients[0]?.statedOwner).toBe('recipient');
    expect(out.result.recipients[0]?.status).toBe('5.1.10');
    expect(out.explained.perRecipient[0]?.owner).toBe('recipient-side');
  });

  test('enhanced layout: Action Required on the sender makes it the user', async () => {
    const out = await read(enhancedText(lex, rcpt, 'sender', 'tabs'));
    expect(out.result.recipients[0]?.statedOwner).toBe('sender');
    expect(out.explained.perRecipient[0]?.owner).toBe('you');
  });

  test('forward as HTML: table cells kept apart, the forward block and Sender Address are not recipients', async () => {
    const html = forwardHtml(lex, [
      [rcptSentence(lex, rcpt) + '.'],
      ['ana', 'Office 365', 'kim'],
      [w(lex, 'ndrSenderLabel'), '', w(lex, 'ndrActionRequired')],
      [w(lex, 'ndrSenderAddress'), 'ana@contoso.example'],
      [w(lex, 'ndrReportedError'), '550 5.2.2 mailbox full'],
    ]);
    const out = await read(html);
    expect(out.result.kind).toBe('bounce');
    expect(addrs(out)).toEqual([rcpt]);
    expect(out.result.recipients[0]?.status).toBe('5.2.2');
    expect(out.result.recipients[0]?.statedOwner).toBe('recipient');
  });

  test('auto-reply subject in this language', async () => {
    const eml = [
      'From: Kim Lee <kim.lee@tailspin.example>',
      'To: ana@contoso.example',
      `Subject: ${w(lex, 'autoReplySubject')} Q3`,
      'Auto-Submitted: auto-generated',
      'Content-Type: text/plain; charset=utf-8',
      '',
      'Lorem ipsum.',
    ].join('\r\n');
    const out = await read(eml);
    expect(out.result.kind).toBe('auto-reply');
    expect(addrs(out)).toEqual(['kim.lee@tailspin.example']);
  });
});

describe('layouts in a language the lexicon does not know', () => {
  test('enhanced layout read by its diagram: the address above "Office 365", the cell under the service', async () => {
    const text = [
      'Zzorp blat kim.lee@tailspin.example qwix vorn.',
      'Blat blat.',
      'ana\tOffice 365\tkim',
      'Snorf\tGrak grak\tYelp',
      'Zzz: 550 5.7.23 The message was rejected because of Sender Policy Framework violation',
    ].join('\n');
    const out = await read(text);
    expect(addrs(out)).toEqual(['kim.lee@tailspin.example']);
    expect(out.result.recipients[0]?.statedOwner).toBe('service');
    expect(out.result.recipients[0]?.status).toBe('5.7.23');
  });
});

describe('forward header blocks', () => {
  test('a forward of a forward: the innermost block heads the bounce; every block address is a person, not a recipient', () => {
    const text = [
      'See below.',
      '',
      '-----Original Message-----',
      'From: Ana Silva <ana@contoso.example>',
      'Sent: Monday, November 2, 2026 11:00 AM',
      'To: Helpdesk <helpdesk@contoso.example>',
      'Subject: FW: Undeliverable: Q3',
      '',
      'Why does this bounce? Kim is kim.lee@tailspin.example',
      '',
      'From: Microsoft Outlook <postmaster@contoso.example>',
      'Date: Monday, November 2, 2026 at 10:00',
      'To: Ana Silva <ana.silva@contoso.example>',
      'Subject: Undeliverable: Q3',
      '',
      'Delivery has failed to these recipients or groups:',
    ].join('\n');
    const f = readForward(text);
    expect(f?.blocks).toHaveLength(2);
    expect(f?.blocks[1]?.fields.subject).toBe('Undeliverable: Q3');
    expect(f?.body.trim()).toBe('Delivery has failed to these recipients or groups:');
    expect(f?.identities.map((i) => `${i.role}:${i.address}`)).toEqual([
      'forwarder:helpdesk@contoso.example',
      'forwarder:ana@contoso.example',
      'note:kim.lee@tailspin.example',
      'addressee:ana.silva@contoso.example',
    ]);
  });

  test("the returned original's header block is not a forward block", () => {
    const text = [
      'Original message headers:',
      '',
      'Received: from a by b',
      'From: Ana <ana@contoso.example>',
      'To: kim@tailspin.example',
      'Subject: Q3',
      'Message-ID: <1@x>',
    ].join('\n');
    expect(readForward(text)).toBeNull();
  });

  test('the user named in the forward block and in the NDR is never a failed recipient', async () => {
    const body = legacyText(
      LEXICONS[0] as Lexicon,
      'kim.lee@tailspin.example',
      '550 5.7.367 Remote server returned not permitted to relay -> 550 5.7.1 Relaying denied',
    ).replace(
      'Kim Lee (kim.lee@tailspin.example)<mailto:kim.lee@tailspin.example>',
      'Kim Lee (kim.lee@tailspin.example)<mailto:kim.lee@tailspin.example>\n\nAna Silva (ana.silva@contoso.example)<mailto:ana.silva@contoso.example>',
    );
    const out = await read(forwardText(LEXICONS[0] as Lexicon, body).replace('ana@contoso.example>', 'ana.silva@contoso.example>'));
    expect(addrs(out)).toEqual(['kim.lee@tailspin.example']);
    expect(out.result.recipients[0]?.status).toBe('5.7.367');
  });
});

describe('HTML to text', () => {
  test('keeps table cells apart, drops link targets, images and scripts, never renders', () => {
    const text = htmlToText(
      '<table><tr><td>a@b.example</td><td>Office 365</td></tr></table><a href="https://x.example/track">Feedback</a><img src="https://x.example/p.png"><script>alert(1)</script>',
    );
    expect(text.split('\n').filter((l) => l.trim() !== '')).toEqual(['a@b.example', 'Office 365', 'Feedback']);
  });
  test('recognises HTML, not a pasted line that starts with an address in brackets', () => {
    expect(looksLikeHtml('<div>hi</div>')).toBe(true);
    expect(looksLikeHtml('<kim@tailspin.example>: Recipient address rejected')).toBe(false);
  });
});
